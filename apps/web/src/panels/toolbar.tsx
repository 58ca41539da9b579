import { setLocked } from '@journeyboard/journey';
import { type KeyboardEvent, memo } from 'react';
import { AfterToggle } from '../after/after-panel';
import { useBoard } from '../board/board-context';
import { addStepAtEnd, defaultStageFor } from '../board/edit-actions';
import { usePanelStore } from '../board/panel-store';
import { useEdit } from '../board/use-edit';
import { useUndoAvailability } from '../board/use-undo';
import { FeedbackToggle } from '../feedback/feedback-panel-host';
import { useUiStore } from '../state/ui-store';
import { StructureToggle } from './structure-toggle';

interface ToolbarProps {
  readonly journeyId: string | null;
  readonly canEdit: boolean;
  readonly locked: boolean;
}

export const Toolbar = memo(function Toolbar({ journeyId, canEdit, locked }: ToolbarProps) {
  const { role } = useBoard();
  return (
    <div className="toolbar" role="toolbar" aria-label="Board tools" onKeyDown={moveFocusWithArrows}>
      {canEdit ? <EditTools journeyId={journeyId} /> : null}
      <ZoomTools />
      <span className="toolbar__spacer" />
      <StructureToggle />
      {role === 'facilitator' ? <LockToggle locked={locked} /> : null}
      {role === 'facilitator' ? <FeedbackToggle /> : null}
      <AfterToggle />
      <button
        type="button"
        className="button button--primary"
        onClick={() => usePanelStore.getState().setShareOpen(true)}
      >
        Share
      </button>
    </div>
  );
});

/** Arrow keys move between the toolbar's controls, as screen-reader users expect of a toolbar. */
function moveFocusWithArrows(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled)')];
  const index = controls.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  const next = controls[(index + (event.key === 'ArrowRight' ? 1 : -1) + controls.length) % controls.length];
  next?.focus();
  event.preventDefault();
}

function EditTools({ journeyId }: { readonly journeyId: string | null }) {
  const { undoManager } = useBoard();
  const edit = useEdit();
  const { canUndo, canRedo } = useUndoAvailability(undoManager);
  const announce = usePanelStore((state) => state.announce);
  const addStep = () => {
    if (!journeyId) return;
    const result = edit((doc, o) => addStepAtEnd(doc, journeyId, defaultStageFor(doc, journeyId), o));
    if (!result.ok) {
      announce(`Could not add a step: ${result.message}`);
      return;
    }
    useUiStore.getState().setSelectedStepId(result.value.id);
    usePanelStore.getState().requestInspectorFocus(result.value.id);
    announce('Step added at the end. Its details are open in the inspector.');
  };
  return (
    <>
      <button type="button" className="button" onClick={addStep} disabled={!journeyId}>
        <span aria-hidden="true">+</span> Add step
      </button>
      <span className="toolbar__divider" aria-hidden="true" />
      <button
        type="button"
        className="button"
        onClick={() => undoManager.undo()}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title="Undo (Ctrl+Z)"
      >
        Undo
      </button>
      <button
        type="button"
        className="button"
        onClick={() => undoManager.redo()}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title="Redo (Ctrl+Shift+Z)"
      >
        Redo
      </button>
      <span className="toolbar__divider" aria-hidden="true" />
    </>
  );
}

function ZoomTools() {
  const scale = useUiStore((state) => state.viewport.scale);
  const { zoomIn, zoomOut, requestZoomToFit } = useUiStore.getState();
  return (
    <>
      <button type="button" className="button button--icon" onClick={zoomOut} aria-label="Zoom out">
        −
      </button>
      {/* Named, but not live: a screen reader reads it on demand instead of at every wheel step. */}
      <output className="toolbar__zoom" aria-live="off" aria-label="Zoom level" title="Zoom level">
        {Math.round(scale * 100)}%
      </output>
      <button type="button" className="button button--icon" onClick={zoomIn} aria-label="Zoom in">
        +
      </button>
      <button type="button" className="button" onClick={requestZoomToFit}>
        Zoom to fit
      </button>
    </>
  );
}

function LockToggle({ locked }: { readonly locked: boolean }) {
  const { docs, origin } = useBoard();
  const announce = usePanelStore((state) => state.announce);
  return (
    <button
      type="button"
      className={`button ${locked ? 'button--active' : ''}`}
      aria-pressed={locked}
      onClick={() => {
        setLocked(docs.session, !locked, origin);
        announce(
          locked ? 'Board unlocked: participants can edit.' : 'Board locked: participants cannot edit.',
        );
      }}
    >
      {locked ? '🔒 Lock board' : 'Lock board'}
    </button>
  );
}
