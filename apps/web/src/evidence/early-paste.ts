import { useCallback, useLayoutEffect, useRef } from 'react';
import { useUiStore } from '../state/ui-store';
import { type PastedFiles, pastedFiles } from './pasted-files';

// The board's paste code (board-paste.ts) loads just after the board is drawn. A screenshot pasted before
// it is not lost: from the board's first render, a paste of files is kept here, with what was selected at
// that moment and the browser's own reaction held back, and handed to the paste code when it is in, which
// attaches it (or says why not) as if it had just been pasted.

export interface PasteKeeper {
  /** Stops keeping pastes and hands over those kept, oldest first (nothing on a second call). */
  take(): readonly PastedFiles[];
}

/** Most pastes kept: a person pastes a few screenshots at most in the moment before the code arrives. */
const LIMIT = 20;

/** Keeps the pastes of files on `target` (the window) until `take` is called. */
export function keepPastes(target: EventTarget): PasteKeeper {
  const kept: PastedFiles[] = [];
  const onPaste = (event: Event) => {
    const paste = pastedFiles(event as ClipboardEvent, useUiStore.getState());
    if (!paste) return;
    event.preventDefault();
    if (kept.length < LIMIT) kept.push(paste);
  };
  target.addEventListener('paste', onPaste);
  let taken = false;
  return {
    take() {
      target.removeEventListener('paste', onPaste);
      if (taken) return [];
      taken = true;
      return kept.splice(0);
    },
  };
}

/**
 * Keeps the board's pastes from its first render until the paste code takes them (the function returned,
 * called once that code listens).
 */
export function useEarlyPastes(): () => readonly PastedFiles[] {
  const keeper = useRef<PasteKeeper | null>(null);
  useLayoutEffect(() => {
    const next = keepPastes(window);
    keeper.current = next;
    return () => {
      next.take();
      if (keeper.current === next) keeper.current = null;
    };
  }, []);
  return useCallback(() => keeper.current?.take() ?? [], []);
}
