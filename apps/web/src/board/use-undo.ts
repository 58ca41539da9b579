import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { isTextEntry, undoCommandFor } from './undo';

export interface UndoAvailability {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export function useUndoAvailability(undoManager: Y.UndoManager): UndoAvailability {
  const cache = useRef<UndoAvailability>({ canUndo: false, canRedo: false });
  const read = useCallback(() => {
    const canUndo = undoManager.canUndo();
    const canRedo = undoManager.canRedo();
    if (cache.current.canUndo !== canUndo || cache.current.canRedo !== canRedo) {
      cache.current = { canUndo, canRedo };
    }
    return cache.current;
  }, [undoManager]);
  const subscribe = useCallback(
    (notify: () => void) => {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const event of events) undoManager.on(event, notify);
      return () => {
        for (const event of events) undoManager.off(event, notify);
      };
    },
    [undoManager],
  );
  return useSyncExternalStore(subscribe, read, read);
}

/** ctrl/cmd+Z and ctrl/cmd+shift+Z anywhere on the board, except while typing in a text field. */
export function useUndoShortcuts(undoManager: Y.UndoManager, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = undoCommandFor(event);
      if (!command || isTextEntry(event.target)) return;
      event.preventDefault();
      if (command === 'undo') undoManager.undo();
      else undoManager.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undoManager, enabled]);
}
