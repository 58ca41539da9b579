import {
  addPersona,
  type Channel,
  deletePersona,
  type Persona,
  type PersonaPatch,
  setJourneyPersona,
  updatePersona,
} from '@journeyboard/journey';
import { memo, useCallback } from 'react';
import { useBoard } from '../board/board-context';
import { editErrorMessage } from '../board/edit-error';
import { usePanelStore } from '../board/panel-store';
import { canEditFrame, canEditPersonas } from '../board/permissions';
import { useCollection, useCollectionDerived, useEntity } from '../board/use-journey';
import { EvidenceSection } from '../evidence/evidence-section';
import { t as translate } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { AVATAR_KEYS, avatarKey } from '../look/avatars';
import { PersonaAvatar } from '../look/persona-avatar';
import { AVATAR_NAME_KEYS } from './avatar-names';
import { linesToList, listToLines } from './persona-lists';
import { CommitField } from './text-field';
import { useJourneyPersonaId } from './use-journey-persona';
import { selectLocked, useSessionSelector } from './use-session';

const personaIds = (items: readonly Persona[]) => items.map((p) => p.id);
const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function useCanEdit(): boolean {
  const { docs, role } = useBoard();
  const locked = useSessionSelector(docs.session, selectLocked);
  // Personas are structure (the facilitator's): a participant offered them would be refused by the relay.
  return canEditPersonas(role, { phase: 'mapping', locked });
}

const PersonaCard = memo(function PersonaCard({ id }: { readonly id: string }) {
  const { docs, origin, role } = useBoard();
  const t = useT();
  const persona = useEntity(docs.content, 'persona', id) as Persona | null;
  const channels = useCollection(docs.content, 'channel') as readonly Channel[];
  const journeyPersonaId = useJourneyPersonaId(docs.content);
  const editable = useCanEdit();
  const save = useCallback(
    (patch: PersonaPatch) => {
      try {
        updatePersona(docs.content, id, patch, origin);
      } catch (error) {
        usePanelStore
          .getState()
          .announce(translate('workshop.error.not-saved', { reason: translate(editErrorMessage(error)) }));
      }
    },
    [docs.content, id, origin],
  );
  if (!persona) return null;
  const name = persona.name || t('workshop.persona.unnamed');
  const isJourneyPersona = journeyPersonaId === id;
  return (
    <li className="workshop-persona" aria-label={t('workshop.persona.item', { name })}>
      <div className="workshop-persona__head">
        <PersonaAvatar value={persona.avatar} />
        <strong>{name}</strong>
        {isJourneyPersona ? <span className="badge">{t('workshop.persona.journeys')}</span> : null}
      </div>
      {editable ? (
        <div className="workshop-persona__form">
          <label className="workshop-field">
            <span>{t('workshop.persona.avatar')}</span>
            <select
              aria-label={t('workshop.persona.avatar-of', { name })}
              value={avatarKey(persona.avatar)}
              onChange={(e) => save({ avatar: e.target.value })}
            >
              {AVATAR_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(AVATAR_NAME_KEYS[key])}
                </option>
              ))}
            </select>
          </label>
          <CommitField
            label={t('workshop.persona.field.name')}
            value={persona.name}
            onCommit={(v) => save({ name: v })}
          />
          <CommitField
            label={t('workshop.persona.field.job')}
            value={persona.job}
            onCommit={(v) => save({ job: v })}
          />
          <CommitField
            label={t('workshop.persona.field.goals')}
            multiline
            value={listToLines(persona.goals)}
            onCommit={(v) => save({ goals: linesToList(v) })}
          />
          <CommitField
            label={t('workshop.persona.field.frustrations')}
            multiline
            value={listToLines(persona.frustrations)}
            onCommit={(v) => save({ frustrations: linesToList(v) })}
          />
          <CommitField
            label={t('workshop.persona.field.quote')}
            value={persona.quote}
            onCommit={(v) => save({ quote: v })}
          />
          <fieldset className="workshop-persona__channels">
            <legend>{t('workshop.persona.channels')}</legend>
            {channels.map((c) => (
              <label key={c.id}>
                <input
                  type="checkbox"
                  checked={persona.preferredChannelIds.includes(c.id)}
                  onChange={(e) =>
                    save({
                      preferredChannelIds: e.target.checked
                        ? [...persona.preferredChannelIds, c.id]
                        : persona.preferredChannelIds.filter((x) => x !== c.id),
                    })
                  }
                />{' '}
                {c.name}
              </label>
            ))}
          </fieldset>
          <div className="workshop-persona__actions">
            {canEditFrame(role) && !isJourneyPersona ? (
              <button type="button" onClick={() => setJourneyPersona(docs.content, id, origin)}>
                {t('workshop.persona.map-for', { name })}
              </button>
            ) : null}
            <button
              type="button"
              aria-label={t('workshop.persona.delete-label', { name })}
              onClick={() => {
                if (isJourneyPersona) setJourneyPersona(docs.content, null, origin);
                deletePersona(docs.content, id, origin);
              }}
            >
              {t('workshop.persona.delete')}
            </button>
          </div>
        </div>
      ) : (
        <div className="workshop-persona__view">
          {persona.job ? <p>{persona.job}</p> : null}
          {persona.quote ? <blockquote>“{persona.quote}”</blockquote> : null}
          {persona.goals.length ? (
            <>
              <h4>{t('workshop.persona.goals')}</h4>
              <ul>
                {persona.goals.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            </>
          ) : null}
          {persona.frustrations.length ? (
            <>
              <h4>{t('workshop.persona.frustrations')}</h4>
              <ul>
                {persona.frustrations.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          ) : null}
          {persona.preferredChannelIds.length ? (
            <p>
              {t('workshop.persona.prefers', {
                channels: persona.preferredChannelIds
                  .map((cid) => channels.find((c) => c.id === cid)?.name)
                  .filter(Boolean)
                  .join(', '),
              })}
            </p>
          ) : null}
        </div>
      )}
      <EvidenceSection parent={{ kind: 'persona', id }} title={t('workshop.persona.evidence')} photo />
    </li>
  );
});

export const PersonasPanel = memo(function PersonasPanel() {
  const { docs, origin } = useBoard();
  const t = useT();
  const ids = useCollectionDerived(docs.content, 'persona', personaIds, sameIds);
  const editable = useCanEdit();
  return (
    <div className="workshop-personas">
      {editable ? (
        <button
          type="button"
          onClick={() => addPersona(docs.content, { name: t('workshop.persona.new-name') }, origin)}
        >
          {t('workshop.persona.add')}
        </button>
      ) : null}
      {ids.length === 0 ? <p>{t('workshop.personas.empty')}</p> : null}
      <ul className="workshop-personas__list">
        {ids.map((id) => (
          <PersonaCard key={id} id={id} />
        ))}
      </ul>
    </div>
  );
});
