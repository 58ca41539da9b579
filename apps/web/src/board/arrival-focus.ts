import { useEffect } from 'react';

/** How long the keyboard waits for the board to appear after the name prompt; after that it is left alone. */
const ARRIVAL_WAIT_MS = 30_000;

/** Whether the keyboard is on the page itself (nobody holds it): where it falls when its holder goes. */
export function keyboardOnPage(doc: Document = document): boolean {
  return doc.activeElement === null || doc.activeElement === doc.body;
}

/**
 * Gives the keyboard to `find()`'s element once it is in the document, unless the person has put it
 * somewhere themselves meanwhile (focus no longer on the page itself). Returns a function that stops
 * waiting. For a screen where a dialog that held the focus went away and took it along (the name prompt):
 * the browser leaves focus on <body>, the start of nothing.
 */
export function focusWhenPresent(
  doc: Document,
  find: () => HTMLElement | null,
  waitMs: number = ARRIVAL_WAIT_MS,
): () => void {
  const tryFocus = (): boolean => {
    if (!keyboardOnPage(doc)) return true;
    const target = find();
    if (!target) return false;
    target.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), waitMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(doc.body, { childList: true, subtree: true });
  return stop;
}

/** The canvas's own keyboard target: an application whose arrow keys move between cards, cells and notes. */
export function canvasKeyboardTarget(doc: Document, canvasAreaId: string): HTMLElement | null {
  return (
    doc.getElementById(canvasAreaId)?.querySelector<HTMLElement>('[role="application"][tabindex]') ?? null
  );
}

/**
 * Someone who just answered the name prompt arrives on the board with the keyboard on the canvas, which
 * says what it is and how its keys work (its label and description), then where it is (the focused card),
 * instead of on the page itself, from where Tab would start over at the skip links. `enabled` once the
 * board is drawn: before its content is here the canvas would say it has no steps.
 */
export function useArrivalFocus(enabled: boolean, canvasAreaId: string): void {
  useEffect(() => {
    if (!enabled) return;
    return focusWhenPresent(document, () => canvasKeyboardTarget(document, canvasAreaId));
  }, [enabled, canvasAreaId]);
}
