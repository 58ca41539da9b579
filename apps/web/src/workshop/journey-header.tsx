import { type Meta, type Persona, updateMeta } from '@journeyboard/journey';
import { memo, useCallback } from 'react';
import { useBoard } from '../board/board-context';
import { editErrorMessage } from '../board/edit-error';
import { usePanelStore } from '../board/panel-store';
import { canEditFrame } from '../board/permissions';
import { useEntity, useMeta } from '../board/use-journey';
import { type MessageKey, t as translate } from '../i18n/i18n';
import { fillSlots, slot } from '../i18n/slots';
import { useT } from '../i18n/use-t';
import { PersonaAvatar } from '../look/persona-avatar';
import { CommitField } from './text-field';
import { useJourneyPersonaId } from './use-journey-persona';

type FrameKey = 'title' | 'goal' | 'expectations' | 'scopeStart' | 'scopeEnd';

const FIELDS: readonly { key: FrameKey; label: MessageKey; multiline?: boolean }[] = [
  { key: 'title', label: 'workshop.journey.field.title' },
  { key: 'goal', label: 'workshop.journey.field.goal', multiline: true },
  { key: 'expectations', label: 'workshop.journey.field.expectations', multiline: true },
  { key: 'scopeStart', label: 'workshop.journey.field.scope-start' },
  { key: 'scopeEnd', label: 'workshop.journey.field.scope-end' },
];

const PersonaBadge = memo(function PersonaBadge() {
  const { docs } = useBoard();
  const t = useT();
  const personaId = useJourneyPersonaId(docs.content);
  const persona = useEntity(docs.content, 'persona', personaId) as Persona | null;
  if (!persona) {
    return (
      <p className="journey-header__persona" data-testid="journey-persona">
        {t('workshop.journey.no-persona')}
      </p>
    );
  }
  const slots = { avatar: slot('avatar'), name: slot('name') };
  const text = persona.job
    ? t('workshop.journey.persona-job', { ...slots, job: persona.job })
    : t('workshop.journey.persona', slots);
  return (
    <p className="journey-header__persona" data-testid="journey-persona">
      {fillSlots(text, {
        avatar: <PersonaAvatar value={persona.avatar} size={16} />,
        name: <strong>{persona.name || t('workshop.persona.unnamed')}</strong>,
      })}
    </p>
  );
});

/** Read-only frame for participants and observers. */
const FrameSummary = memo(function FrameSummary({ meta }: { readonly meta: Meta }) {
  const t = useT();
  return (
    <div className="journey-header__summary">
      <h2 className="journey-header__title">{meta.title || t('workshop.journey.untitled')}</h2>
      <dl>
        {meta.goal ? (
          <>
            <dt>{t('workshop.journey.goal')}</dt>
            <dd>{meta.goal}</dd>
          </>
        ) : null}
        {meta.expectations ? (
          <>
            <dt>{t('workshop.journey.expectations')}</dt>
            <dd>{meta.expectations}</dd>
          </>
        ) : null}
        {meta.scopeStart || meta.scopeEnd ? (
          <>
            <dt>{t('workshop.journey.scope')}</dt>
            <dd>
              {meta.scopeStart || '…'} → {meta.scopeEnd || '…'}
            </dd>
          </>
        ) : null}
        {meta.targetScore !== null ? (
          <>
            <dt>{t('workshop.journey.target')}</dt>
            <dd>{meta.targetScore}/10</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
});

/** The journey's frame: title, goal, expectations, scope and target score (the facilitator edits it). */
export const JourneyHeader = memo(function JourneyHeader() {
  const { docs, role, origin } = useBoard();
  const t = useT();
  const meta = useMeta(docs.content);
  const save = useCallback(
    (patch: Partial<Meta>) => {
      try {
        updateMeta(docs.content, patch, origin);
      } catch (error) {
        usePanelStore
          .getState()
          .announce(translate('workshop.error.not-saved', { reason: translate(editErrorMessage(error)) }));
      }
    },
    [docs.content, origin],
  );
  return (
    <section className="journey-header" aria-label={t('workshop.journey.region')}>
      {canEditFrame(role) ? (
        <div className="journey-header__form">
          {FIELDS.map((f) => (
            <CommitField
              key={f.key}
              label={t(f.label)}
              value={meta[f.key]}
              multiline={f.multiline}
              onCommit={(value) => save({ [f.key]: value })}
            />
          ))}
          <label className="workshop-field workshop-field--stacked">
            <span>{t('workshop.journey.target-score')}</span>
            <select
              aria-label={t('workshop.journey.target-score')}
              value={meta.targetScore ?? ''}
              onChange={(e) => save({ targetScore: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t('workshop.none')}</option>
              {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : (
        <FrameSummary meta={meta} />
      )}
      <PersonaBadge />
    </section>
  );
});
