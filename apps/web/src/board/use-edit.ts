import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useBoard } from './board-context';
import type { EditResult } from './edit-actions';

/**
 * Runs one edit from a panel as its own undo step: a field committed right after "Add step" must not
 * merge with it, or one Undo would take away both.
 */
export function useEdit() {
  const { docs, origin, undoManager } = useBoard();
  return useCallback(
    <T>(edit: (doc: Y.Doc, origin: object) => EditResult<T>): EditResult<T> => {
      undoManager.stopCapturing();
      const result = edit(docs.content, origin);
      undoManager.stopCapturing();
      return result;
    },
    [docs.content, origin, undoManager],
  );
}
