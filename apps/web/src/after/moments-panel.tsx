import {
  type BoardSnapshot,
  dismissMoment,
  journeySteps,
  undismissMoment,
  updateStep,
} from '@journeyboard/journey';
import Star from 'lucide-react/icons/star';
import { useMemo, useState } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { useLanguage, useT } from '../i18n/use-t';
import { formatScore } from './compare-chart';
import { MOMENT_KIND_LABEL_KEYS, momentsModel } from './moments';
import { OpportunityFromButton } from './opportunity-from-button';
import { useDismissedMoments } from './use-board-snapshot';

export interface MomentsPanelProps {
  readonly board: BoardSnapshot;
  readonly journeyId: string;
  readonly canEdit: boolean;
}

/** Suggested moments of truth with their reasons, the facilitator's verdicts, and the flagged steps. */
export function MomentsPanel({ board, journeyId, canEdit }: MomentsPanelProps) {
  const { docs, origin, role } = useBoard();
  const t = useT();
  const language = useLanguage();
  const untitled = t('after.untitled-step');
  const dismissed = useDismissedMoments(docs.session);
  const model = useMemo(
    () => momentsModel(board, journeyId, dismissed, untitled),
    [board, journeyId, dismissed, untitled],
  );
  const facilitator = role === 'facilitator';
  const steps = journeySteps(board, journeyId);
  const unflagged = steps.filter((s) => !s.momentOfTruth);
  const [pick, setPick] = useState('');
  const announce = usePanelStore((s) => s.announce);
  const title = (stepId: string) => board.steps.find((s) => s.id === stepId)?.title || untitled;

  const flag = (stepId: string, on: boolean) => {
    updateStep(docs.content, stepId, { momentOfTruth: on }, origin);
    announce(t(on ? 'after.moments.flagged' : 'after.moments.unflagged', { step: title(stepId) }));
  };

  return (
    <div className="after-section">
      <section aria-labelledby="mot-suggested">
        <h3 id="mot-suggested">{t('after.moments.suggested')}</h3>
        {model.pending.length === 0 ? (
          <p className="after-muted">
            {steps.some((s) => s.score !== null)
              ? t('after.moments.no-suggestions')
              : t('after.moments.score-first')}
          </p>
        ) : (
          <ul className="after-list" aria-label={t('after.moments.suggested-list')}>
            {model.pending.map((s) => (
              <li key={`${s.stepId}|${s.kind}`} className="after-card">
                <strong>
                  {t('after.moments.suggestion', {
                    kind: t(MOMENT_KIND_LABEL_KEYS[s.kind]),
                    step: title(s.stepId),
                  })}
                </strong>
                <p>{t(s.why)}</p>
                {facilitator ? (
                  <div className="after-actions">
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => flag(s.stepId, true)}
                      aria-label={t('after.moments.accept-label', { step: title(s.stepId) })}
                    >
                      {t('after.moments.accept')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        dismissMoment(docs.session, s.stepId, s.kind, origin);
                        announce(t('after.moments.dismissed', { step: title(s.stepId) }));
                      }}
                      aria-label={t('after.moments.dismiss-label', {
                        kind: t(MOMENT_KIND_LABEL_KEYS[s.kind]),
                        step: title(s.stepId),
                      })}
                    >
                      {t('after.moments.dismiss')}
                    </button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mot-flagged">
        <h3 id="mot-flagged">{t('after.moments.flagged-count', { count: model.flagged.length })}</h3>
        {model.flagged.length === 0 ? <p className="after-muted">{t('after.moments.none-flagged')}</p> : null}
        <ul className="after-list" aria-label={t('after.moments.flagged-list')}>
          {model.flagged.map((f) => (
            <li key={f.stepId} className="after-card after-card--flagged">
              <strong>
                <Star size={14} aria-hidden="true" /> {f.title}
              </strong>{' '}
              <span className="after-muted">
                {t('after.moments.score', { score: formatScore(language, f.score) })}
              </span>
              {f.reasons.map((r) => (
                <p key={`${r.key}|${JSON.stringify(r.values)}`}>{t(r)}</p>
              ))}
              {f.reasons.length === 0 ? <p className="after-muted">{t('after.moments.by-hand')}</p> : null}
              <div className="after-actions">
                {canEdit ? (
                  <OpportunityFromButton source={{ kind: 'step', id: f.stepId }} label={f.title} />
                ) : null}
                {facilitator ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() => flag(f.stepId, false)}
                    aria-label={t('after.moments.unflag-label', { step: f.title })}
                  >
                    {t('after.moments.unflag')}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
        {facilitator && unflagged.length > 0 ? (
          <form
            className="after-inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (pick) flag(pick, true);
              setPick('');
            }}
          >
            <label>
              <span>{t('after.moments.flag-by-hand')}</span>
              <select
                value={pick}
                onChange={(e) => setPick(e.target.value)}
                aria-label={t('after.moments.pick-step')}
              >
                <option value="">{t('after.moments.choose-step')}</option>
                {unflagged.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title || untitled}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button" disabled={!pick}>
              {t('after.moments.flag')}
            </button>
          </form>
        ) : null}
      </section>

      {facilitator && model.dismissed.length > 0 ? (
        <details>
          <summary>{t('after.moments.dismissed-count', { count: model.dismissed.length })}</summary>
          <ul className="after-list">
            {model.dismissed.map((s) => (
              <li key={`${s.stepId}|${s.kind}`}>
                {t('after.moments.suggestion', {
                  kind: t(MOMENT_KIND_LABEL_KEYS[s.kind]),
                  step: title(s.stepId),
                })}{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => undismissMoment(docs.session, s.stepId, s.kind, origin)}
                  aria-label={t('after.moments.restore-label', { step: title(s.stepId) })}
                >
                  {t('after.moments.restore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
