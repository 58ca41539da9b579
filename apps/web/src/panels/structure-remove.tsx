import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useCollection } from '../board/use-journey';
import { useT } from '../i18n/use-t';
import { removeStructureItem } from './structure-actions';
import {
  type BoardContents,
  type Removal,
  removalConsequences,
  type StructureKind,
} from './structure-consequences';
import { useStructureStore } from './structure-store';

/** Everything a removal can reach, live, so the counts stay true while the question is open. */
function useBoardContents(doc: Y.Doc): BoardContents {
  return {
    stages: useCollection(doc, 'stage'),
    steps: useCollection(doc, 'step'),
    channels: useCollection(doc, 'channel'),
    lanes: useCollection(doc, 'lane'),
    notes: useCollection(doc, 'note'),
    ratings: useCollection(doc, 'rating'),
    personas: useCollection(doc, 'persona'),
    opportunities: useCollection(doc, 'opportunity'),
  };
}

interface ConfirmProps {
  readonly kind: StructureKind;
  readonly id: string;
  readonly onCancel: () => void;
}

/** The confirm step of a removal: what will happen to what refers to it, then Remove or Cancel. */
export function StructureRemoveConfirm({ kind, id, onCancel }: ConfirmProps) {
  const { docs } = useBoard();
  const t = useT();
  const edit = useEdit();
  const announce = usePanelStore((state) => state.announce);
  const contents = useBoardContents(docs.content);
  const [deleteSteps, setDeleteSteps] = useState(false);
  const effectsId = useId();
  const group = useRef<HTMLFieldSetElement>(null);
  useEffect(() => group.current?.focus(), []);

  const removal: Removal = kind === 'stage' ? { kind, id, deleteSteps } : { kind, id };
  const consequences = removalConsequences(removal, contents);

  const confirm = () => {
    const result = edit((doc, origin) => removeStructureItem(doc, removal, origin));
    if (!result.ok) {
      announce(t('panels.structure.not-removed', { reason: result.message }));
      return;
    }
    // The row is gone: the section heading takes focus (not a text field, so Ctrl+Z undoes at once).
    useStructureStore.getState().requestFocus({ kind, id: null, control: 'heading' });
    announce(
      result.value
        ? t('panels.structure.removed', { kind, name: consequences.name })
        : t('panels.structure.already-removed', { kind }),
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };

  return (
    <fieldset
      ref={group}
      tabIndex={-1}
      className="structure-confirm"
      aria-describedby={effectsId}
      onKeyDown={onKeyDown}
    >
      <legend className="structure-confirm__question">{consequences.question}</legend>
      <ul id={effectsId} className="structure-confirm__effects">
        {consequences.effects.map((effect) => (
          <li key={effect}>{effect}</li>
        ))}
      </ul>
      {kind === 'stage' && consequences.stepCount > 0 ? (
        <label className="checkbox structure-confirm__option">
          <input
            type="checkbox"
            checked={deleteSteps}
            onChange={(event) => setDeleteSteps(event.target.checked)}
          />
          <span>{t('panels.structure.delete-steps-too', { count: consequences.stepCount })}</span>
        </label>
      ) : null}
      <div className="actions actions--start">
        <button type="button" className="button button--small button--danger" onClick={confirm}>
          {t('panels.structure.confirm-remove', { kind })}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
