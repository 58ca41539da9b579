import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useUiStore } from '../state/ui-store';
import type { BoardStructure } from './board-structure';
import type { InteractionStore } from './interaction-store';
import type { Dispatch } from './use-canvas-interaction';

/** A peer or an undo removed what is being edited, dragged or selected: let go of it. */
export function useRemovedTargets(
  structure: BoardStructure,
  interaction: StoreApi<InteractionStore>,
  dispatch: Dispatch,
) {
  useEffect(() => {
    const state = interaction.getState().state;
    const stepIds = new Set(structure.stepIds);
    const noteExists = (noteId: string) =>
      [...structure.cellNotes.values()].some((ids) => ids.includes(noteId));
    if (state.kind === 'dragging-card' || state.kind === 'dragging-column') {
      if (!stepIds.has(state.stepId)) dispatch({ type: 'entity-removed', id: state.stepId });
    } else if (state.kind === 'editing-text') {
      const target = state.target;
      if (target.kind === 'step' && !stepIds.has(target.stepId))
        dispatch({ type: 'entity-removed', id: target.stepId });
      if (target.kind === 'note' && !noteExists(target.noteId))
        dispatch({ type: 'entity-removed', id: target.noteId });
    }
    const ui = useUiStore.getState();
    if (ui.selectedStepId && !stepIds.has(ui.selectedStepId)) ui.clearSelection();
  }, [structure, interaction, dispatch]);
}
