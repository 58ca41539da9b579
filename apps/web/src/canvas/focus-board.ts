import { useUiStore } from '../state/ui-store';
import type { BoardStore } from './board-store';
import type { FocusBoard } from './canvas-focus';
import type { EditorContext } from './editor-geometry';

/** The board's geometry as the in-place editor and the hit test read it, as it is right now. */
export function editorContext(store: BoardStore): EditorContext {
  return {
    layout: store.getLayout(),
    cellNotes: store.getStructure().cellNotes,
    channelOf: (stepId) => store.getEntity('step', stepId)?.channelId ?? null,
  };
}

/** The board as the keyboard focus machine reads it, with this tab's selection. */
export function focusBoard(store: BoardStore): FocusBoard {
  const { selectedStepId, selectedNoteId } = useUiStore.getState();
  return { ...editorContext(store), selectedStepId, selectedNoteId };
}
