import { type Meta, type Persona, updateMeta } from '@journeyboard/journey';
import { memo, useCallback } from 'react';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { canEditFrame } from '../board/permissions';
import { useEntity, useMeta } from '../board/use-journey';
import { PersonaAvatar } from '../look/persona-avatar';
import { CommitField } from './text-field';
import { useJourneyPersonaId } from './use-journey-persona';

type FrameKey = 'title' | 'goal' | 'expectations' | 'scopeStart' | 'scopeEnd';

const FIELDS: readonly { key: FrameKey; label: string; multiline?: boolean }[] = [
  { key: 'title', label: 'Journey title' },
  { key: 'goal', label: 'Customer’s goal', multiline: true },
  { key: 'expectations', label: 'Customer’s expectations', multiline: true },
  { key: 'scopeStart', label: 'Scope starts at' },
  { key: 'scopeEnd', label: 'Scope ends at' },
];

const PersonaBadge = memo(function PersonaBadge() {
  const { docs } = useBoard();
  const personaId = useJourneyPersonaId(docs.content);
  const persona = useEntity(docs.content, 'persona', personaId) as Persona | null;
  return (
    <p className="journey-header__persona" data-testid="journey-persona">
      {persona ? (
        <>
          For <PersonaAvatar value={persona.avatar} size={16} />{' '}
          <strong>{persona.name || 'Unnamed persona'}</strong>
          {persona.job ? `, ${persona.job}` : ''}
        </>
      ) : (
        'No persona chosen for this journey'
      )}
    </p>
  );
});

/** Read-only frame for participants and observers. */
const FrameSummary = memo(function FrameSummary({ meta }: { readonly meta: Meta }) {
  return (
    <div className="journey-header__summary">
      <h2 className="journey-header__title">{meta.title || 'Untitled journey'}</h2>
      <dl>
        {meta.goal ? (
          <>
            <dt>Goal</dt>
            <dd>{meta.goal}</dd>
          </>
        ) : null}
        {meta.expectations ? (
          <>
            <dt>Expectations</dt>
            <dd>{meta.expectations}</dd>
          </>
        ) : null}
        {meta.scopeStart || meta.scopeEnd ? (
          <>
            <dt>Scope</dt>
            <dd>
              {meta.scopeStart || '…'} → {meta.scopeEnd || '…'}
            </dd>
          </>
        ) : null}
        {meta.targetScore !== null ? (
          <>
            <dt>Target experience</dt>
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
  const meta = useMeta(docs.content);
  const save = useCallback(
    (patch: Partial<Meta>) => {
      try {
        updateMeta(docs.content, patch, origin);
      } catch (error) {
        usePanelStore.getState().announce(error instanceof Error ? error.message : String(error));
      }
    },
    [docs.content, origin],
  );
  return (
    <section className="journey-header" aria-label="Journey">
      {canEditFrame(role) ? (
        <div className="journey-header__form">
          {FIELDS.map((f) => (
            <CommitField
              key={f.key}
              label={f.label}
              value={meta[f.key]}
              multiline={f.multiline}
              onCommit={(value) => save({ [f.key]: value })}
            />
          ))}
          <label className="workshop-field workshop-field--stacked">
            <span>Target experience score</span>
            <select
              aria-label="Target experience score"
              value={meta.targetScore ?? ''}
              onChange={(e) => save({ targetScore: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">None</option>
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
