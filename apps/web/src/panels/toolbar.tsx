import Lock from 'lucide-react/icons/lock';
import { type KeyboardEvent, memo, useEffect } from 'react';
import { loadWhenOnline } from '../app/code-retry';
import { useBoard } from '../board/board-context';
import { usePanelStore } from '../board/panel-store';
import { useBoardDrawn } from '../board/use-board-drawn';
import { useEdit } from '../board/use-edit';
import { useUndoAvailability } from '../board/use-undo';
import { ZOOM_SHORTCUTS } from '../canvas/zoom-keys';
import { withMessages } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';
import { lockAction } from './lock-action';
import { usePanelSlots } from './panel-slots';
import { StructureToggle } from './structure-toggle';

interface ToolbarProps {
  readonly journeyId: string | null;
  readonly canEdit: boolean;
  readonly locked: boolean;
}

// The journey's editing code (a step's place, its order, what removing one takes along, the board's lock)
// is not needed to draw the board: it is fetched once the board is drawn (as the panels' code is), and a
// step added (or the board locked) before it is here is added (locked) once it is. Offline, it is not requested (code-retry.ts) and the reader is told;
// once it is here, it is used offline too.
const importEditActions = withMessages(['edit'], () => import('../board/edit-actions'));
let editActions: Awaited<ReturnType<typeof importEditActions>> | null = null;
const loadEditActions = async () => {
  editActions ??= await loadWhenOnline(importEditActions);
  return editActions;
};

/** The Share button's id: the Share dialog gives it the keyboard when nothing else opened it. */
export const SHARE_BUTTON_ID = 'board-share';

export const Toolbar = memo(function Toolbar({ journeyId, canEdit, locked }: ToolbarProps) {
  const t = useT();
  const { role } = useBoard();
  const { ToolbarExtra } = usePanelSlots();
  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('panels.toolbar.label')}
      onKeyDown={moveFocusWithArrows}
    >
      {canEdit ? <EditTools journeyId={journeyId} /> : null}
      <ZoomTools />
      <span className="toolbar__spacer" />
      <StructureToggle />
      {role === 'facilitator' ? <LockButton locked={locked} /> : null}
      {ToolbarExtra ? <ToolbarExtra /> : null}
      {/* Only the facilitator has links to hand out: anyone else would see just the link they came with. */}
      {role === 'facilitator' ? (
        <button
          id={SHARE_BUTTON_ID}
          type="button"
          className="button button--primary"
          aria-haspopup="dialog"
          onClick={() => usePanelStore.getState().setShareOpen(true)}
        >
          {t('panels.toolbar.share')}
        </button>
      ) : null}
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
  const t = useT();
  const { undoManager } = useBoard();
  const edit = useEdit();
  const { canUndo, canRedo } = useUndoAvailability(undoManager);
  const announce = usePanelStore((state) => state.announce);
  const drawn = useBoardDrawn();
  useEffect(() => {
    if (drawn) loadEditActions().catch(() => {});
  }, [drawn]);
  const addStep = () => {
    if (!journeyId) return;
    loadEditActions().then(
      ({ addStepAtEnd, defaultStageFor }) => {
        const result = edit((doc, o) => addStepAtEnd(doc, journeyId, defaultStageFor(doc, journeyId), o));
        if (!result.ok) {
          announce(t('panels.step-not-added', { reason: result.message }));
          return;
        }
        // Edit where you look: the new step's title opens on the board, selected, so typing replaces it.
        const ui = useUiStore.getState();
        ui.setSelectedStepId(result.value.id);
        ui.requestEdit({ kind: 'step', stepId: result.value.id, field: 'title' });
        announce(t('panels.toolbar.step-added'));
      },
      () => announce(t('panels.step-not-added', { reason: t('after.error.code-missing') })),
    );
  };
  return (
    <>
      <button type="button" className="button" onClick={addStep} disabled={!journeyId}>
        <span aria-hidden="true">+</span> {t('panels.toolbar.add-step')}
      </button>
      <span className="toolbar__divider" aria-hidden="true" />
      <button
        type="button"
        className="button"
        onClick={() => undoManager.undo()}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={t('panels.toolbar.undo-title')}
      >
        {t('panels.toolbar.undo')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => undoManager.redo()}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title={t('panels.toolbar.redo-title')}
      >
        {t('panels.toolbar.redo')}
      </button>
      <span className="toolbar__divider" aria-hidden="true" />
    </>
  );
}

function ZoomTools() {
  const t = useT();
  const scale = useUiStore((state) => state.viewport.scale);
  const { zoomIn, zoomOut, requestZoomToFit } = useUiStore.getState();
  return (
    <>
      <button
        type="button"
        className="button button--icon"
        onClick={zoomOut}
        aria-label={t('panels.toolbar.zoom-out')}
        aria-keyshortcuts={ZOOM_SHORTCUTS.out}
        title={t('panels.toolbar.zoom-out-title')}
      >
        −
      </button>
      {/* Named, but not live: a screen reader reads it on demand instead of at every wheel step. */}
      <output
        className="toolbar__zoom"
        aria-live="off"
        aria-label={t('panels.toolbar.zoom-level')}
        title={t('panels.toolbar.zoom-level')}
      >
        {Math.round(scale * 100)}%
      </output>
      <button
        type="button"
        className="button button--icon"
        onClick={zoomIn}
        aria-label={t('panels.toolbar.zoom-in')}
        aria-keyshortcuts={ZOOM_SHORTCUTS.in}
        title={t('panels.toolbar.zoom-in-title')}
      >
        +
      </button>
      <button
        type="button"
        className="button"
        onClick={requestZoomToFit}
        aria-keyshortcuts={ZOOM_SHORTCUTS.fit}
        title={t('panels.toolbar.zoom-to-fit-title')}
      >
        {t('panels.toolbar.zoom-to-fit')}
      </button>
    </>
  );
}

/** Locks or unlocks the board: its words say what pressing it does now (see lockAction). */
function LockButton({ locked }: { readonly locked: boolean }) {
  const t = useT();
  const { docs, origin } = useBoard();
  const announce = usePanelStore((state) => state.announce);
  const action = lockAction(locked);
  return (
    <button
      type="button"
      className={`button ${locked ? 'button--locked' : ''}`}
      title={t(action.title)}
      onClick={() =>
        loadEditActions().then(
          ({ setBoardLocked }) => {
            setBoardLocked(docs.session, action.next, origin);
            announce(t(action.announcement));
          },
          () => announce(t('panels.lock-not-changed', { reason: t('after.error.code-missing') })),
        )
      }
    >
      {locked ? <Lock size={16} aria-hidden="true" /> : null}
      {t(action.label)}
    </button>
  );
}
