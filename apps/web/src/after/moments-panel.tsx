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
import { formatScore } from './compare-chart';
import { MOMENT_KIND_LABELS, momentsModel } from './moments';
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
  const dismissed = useDismissedMoments(docs.session);
  const model = useMemo(() => momentsModel(board, journeyId, dismissed), [board, journeyId, dismissed]);
  const facilitator = role === 'facilitator';
  const steps = journeySteps(board, journeyId);
  const unflagged = steps.filter((s) => !s.momentOfTruth);
  const [pick, setPick] = useState('');
  const announce = usePanelStore((s) => s.announce);
  const title = (stepId: string) => board.steps.find((s) => s.id === stepId)?.title || 'Untitled step';

  const flag = (stepId: string, on: boolean) => {
    updateStep(docs.content, stepId, { momentOfTruth: on }, origin);
    announce(`${title(stepId)} ${on ? 'flagged as a moment of truth' : 'no longer a moment of truth'}`);
  };

  return (
    <div className="after-section">
      <section aria-labelledby="mot-suggested">
        <h3 id="mot-suggested">Suggested from the emotion curve</h3>
        {model.pending.length === 0 ? (
          <p className="after-muted">
            {steps.some((s) => s.score !== null)
              ? 'No open suggestions.'
              : 'Score the steps to get suggestions.'}
          </p>
        ) : (
          <ul className="after-list" aria-label="Suggested moments of truth">
            {model.pending.map((s) => (
              <li key={`${s.stepId}|${s.kind}`} className="after-card">
                <strong>
                  {MOMENT_KIND_LABELS[s.kind]}: {title(s.stepId)}
                </strong>
                <p>{s.reason}</p>
                {facilitator ? (
                  <div className="after-actions">
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => flag(s.stepId, true)}
                      aria-label={`Accept ${title(s.stepId)} as a moment of truth`}
                    >
                      Accept
                    </button>
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        dismissMoment(docs.session, s.stepId, s.kind, origin);
                        announce(`Suggestion for ${title(s.stepId)} dismissed`);
                      }}
                      aria-label={`Dismiss the suggestion ${MOMENT_KIND_LABELS[s.kind]} for ${title(s.stepId)}`}
                    >
                      Dismiss
                    </button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mot-flagged">
        <h3 id="mot-flagged">Moments of truth ({model.flagged.length})</h3>
        {model.flagged.length === 0 ? <p className="after-muted">No step is flagged yet.</p> : null}
        <ul className="after-list" aria-label="Flagged moments of truth">
          {model.flagged.map((f) => (
            <li key={f.stepId} className="after-card after-card--flagged">
              <strong>
                <Star size={14} aria-hidden="true" /> {f.title}
              </strong>{' '}
              <span className="after-muted">score {formatScore(f.score)}</span>
              {f.reasons.map((r) => (
                <p key={r}>{r}</p>
              ))}
              {f.reasons.length === 0 ? <p className="after-muted">Flagged by hand.</p> : null}
              <div className="after-actions">
                {canEdit ? (
                  <OpportunityFromButton source={{ kind: 'step', id: f.stepId }} label={f.title} />
                ) : null}
                {facilitator ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() => flag(f.stepId, false)}
                    aria-label={`Unflag ${f.title}`}
                  >
                    Unflag
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
              <span>Flag a step by hand</span>
              <select
                value={pick}
                onChange={(e) => setPick(e.target.value)}
                aria-label="Step to flag as a moment of truth"
              >
                <option value="">Choose a step…</option>
                {unflagged.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title || 'Untitled step'}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button" disabled={!pick}>
              Flag
            </button>
          </form>
        ) : null}
      </section>

      {facilitator && model.dismissed.length > 0 ? (
        <details>
          <summary>Dismissed suggestions ({model.dismissed.length})</summary>
          <ul className="after-list">
            {model.dismissed.map((s) => (
              <li key={`${s.stepId}|${s.kind}`}>
                {MOMENT_KIND_LABELS[s.kind]}: {title(s.stepId)}{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => undismissMoment(docs.session, s.stepId, s.kind, origin)}
                  aria-label={`Offer the suggestion for ${title(s.stepId)} again`}
                >
                  Restore suggestion
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
