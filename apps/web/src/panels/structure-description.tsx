import { useId } from 'react';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useT } from '../i18n/use-t';
import { describeStage, normaliseDescription } from './structure-actions';
import { useDraft } from './use-draft';

/** The model's limit for text fields; typing stops there instead of the write being refused. */
const MAX_DESCRIPTION = 20_000;

/**
 * A stage's description in place. Enter starts a new line, so the draft is committed on Ctrl/Cmd+Enter
 * Escape or when leaving the field (Escape keeps what was typed, as everywhere on the board). Focus stays
 * in the field on both keys, as
 * in the name field, so a keyboard user keeps their place.
 */
export function StageDescriptionField({
  id,
  name,
  value,
}: {
  readonly id: string;
  /** The stage's title as shown, for the field's name and the announcement. */
  readonly name: string;
  readonly value: string;
}) {
  const t = useT();
  const edit = useEdit();
  const announce = usePanelStore((state) => state.announce);
  const hintId = useId();
  const { draft, setDraft, setEditing } = useDraft(value);

  const commit = () => {
    const next = normaliseDescription(draft);
    if (next === normaliseDescription(value)) {
      setDraft(value);
      return;
    }
    const result = edit((doc, origin) => describeStage(doc, id, draft, origin));
    if (!result.ok) {
      announce(t('panels.structure.description-not-saved', { reason: result.message }));
      setDraft(value);
      return;
    }
    setDraft(next);
    if (result.value)
      announce(
        t(next ? 'panels.structure.description-saved' : 'panels.structure.description-cleared', { name }),
      );
  };

  return (
    <div className="structure-row__description-field">
      <textarea
        className="structure-row__description-input"
        aria-label={t('panels.structure.description', { name })}
        aria-describedby={hintId}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        placeholder={t('panels.structure.description-placeholder')}
        rows={Math.min(4, Math.max(1, draft.split('\n').length))}
        maxLength={MAX_DESCRIPTION}
        value={draft}
        onFocus={() => setEditing(true)}
        onBlur={() => {
          setEditing(false);
          commit();
        }}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            // Escape keeps what was typed, as everywhere on the board (and does not close the panel).
            event.preventDefault();
            event.stopPropagation();
            commit();
          }
        }}
      />
      <span id={hintId} className="visually-hidden">
        {t('panels.structure.description-hint')}
      </span>
    </div>
  );
}
