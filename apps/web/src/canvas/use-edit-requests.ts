import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { type EditingTarget, type UiState, useUiStore } from '../state/ui-store';
import { visibleArea } from '../state/viewport';
import type { BoardStore } from './board-store';
import { type CanvasItem, itemAnchor, itemOfHit } from './canvas-focus';
import { focusBoard } from './focus-board';
import type { HitTarget } from './interaction-state';
import type { InteractionStore } from './interaction-store';
import { revealInView } from './reveal-in-view';
import type { SeenRequests } from './seen-requests';
import { showViewport } from './show-viewport';
import type { Dispatch } from './use-canvas-interaction';

/** What a panel's request points at on the board: a step's card (or header) or a note. */
function hitOf(store: BoardStore, target: NonNullable<EditingTarget>): HitTarget | null {
  if (target.kind === 'note') return { kind: 'note', noteId: target.noteId };
  if (target.kind !== 'step' || target.field !== 'title') return null;
  const hasCard = store.getEntity('step', target.stepId)?.channelId;
  return hasCard ? { kind: 'card', stepId: target.stepId } : { kind: 'column', stepId: target.stepId };
}

/**
 * Panels ask the canvas to edit in place (the title of a step added from the toolbar) or to bring
 * something into view (a note added in the outline; a step someone else points at); each request is
 * honoured once, when it is made, or when the canvas's input code arrives if it was made before (`seen`:
 * what the canvas had seen by then).
 */
export function useEditRequests(
  store: BoardStore,
  interaction: StoreApi<InteractionStore>,
  dispatch: Dispatch,
  seen: SeenRequests,
) {
  useEffect(() => {
    const edit = (request: UiState['editRequest']) => {
      if (!request || request === seen.edit) return;
      seen.edit = request;
      const hit = hitOf(store, request.target);
      if (!hit) return;
      const item = itemOfHit(focusBoard(store), hit);
      if (item) interaction.setState({ focus: item });
      dispatch({ type: 'edit', target: hit });
    };
    const reveal = (request: UiState['revealRequest']) => {
      if (!request || request === seen.reveal) return;
      seen.reveal = request;
      const hit = hitOf(store, request.target);
      const board = focusBoard(store);
      const item: CanvasItem | null = hit ? itemOfHit(board, hit) : null;
      const anchor = item ? itemAnchor(board, item) : null;
      if (!item || !anchor) return;
      interaction.setState({ focus: item });
      revealInView(anchor);
    };
    const show = (request: UiState['showRequest']) => {
      if (!request || request === seen.show) return;
      seen.show = request;
      const target = { kind: 'step', stepId: request.stepId, field: 'title' } as const;
      const hit = hitOf(store, target);
      const board = focusBoard(store);
      const item = hit ? itemOfHit(board, hit) : null;
      const anchor = item ? itemAnchor(board, item) : null;
      if (!anchor) return;
      // Into the part of the canvas no panel covers; the keyboard focus stays where it was.
      const ui = useUiStore.getState();
      ui.setViewport(showViewport(ui.viewport, visibleArea(ui.viewportSize, ui.viewportInsets), anchor));
    };
    const now = useUiStore.getState();
    edit(now.editRequest);
    reveal(now.revealRequest);
    show(now.showRequest);
    return useUiStore.subscribe((state) => {
      edit(state.editRequest);
      reveal(state.revealRequest);
      show(state.showRequest);
    });
  }, [store, interaction, dispatch, seen]);
}
