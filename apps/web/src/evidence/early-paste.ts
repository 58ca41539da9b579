import { type EventKeeper, keepEvents, useKeptEvents } from '../canvas/kept-events';
import { useUiStore } from '../state/ui-store';
import { type PastedFiles, pastedFiles } from './pasted-files';

// The board's paste code (board-paste.ts) loads just after the board is drawn. A screenshot pasted before
// it is not lost: from the board's first render, a paste of files is kept here, with what was selected at
// that moment and the browser's own reaction held back, and handed to the paste code when it is in, which
// attaches it (or says why not) as if it had just been pasted.

export type PasteKeeper = EventKeeper<PastedFiles>;

/** Most pastes kept: a person pastes a few screenshots at most in the moment before the code arrives. */
const LIMIT = 20;

/** Keeps the pastes of files on `target` (the window) until `take` is called. */
export function keepPastes(target: EventTarget): PasteKeeper {
  return keepEvents(
    target,
    ['paste'],
    (event) => {
      const paste = pastedFiles(event as ClipboardEvent, useUiStore.getState());
      if (paste) event.preventDefault();
      return paste;
    },
    LIMIT,
  );
}

/**
 * Keeps the board's pastes from its first render until the paste code takes them (the function returned,
 * called once that code listens).
 */
export function useEarlyPastes(): () => readonly PastedFiles[] {
  return useKeptEvents(keepPastes);
}
