import { useSyncExternalStore } from 'react';

/** What the canvas of one document has drawn so far. */
export interface CanvasProgress {
  /** The document drawn (a board's content doc), so a previous board's report never counts. */
  readonly doc: object | null;
  /** Every column in view is mounted (none is still waiting for a later frame). */
  readonly complete: boolean;
  readonly stepCount: number;
}

const IDLE: CanvasProgress = { doc: null, complete: false, stepCount: 0 };
let current: CanvasProgress = IDLE;
const listeners = new Set<() => void>();

/** Called by the canvas after each commit; parts that can wait (side panels) follow it. */
export function reportCanvasProgress(next: CanvasProgress): void {
  if (next.doc === current.doc && next.complete === current.complete && next.stepCount === current.stepCount)
    return;
  current = next;
  for (const listener of [...listeners]) listener();
}

export function resetCanvasProgress(doc: object): void {
  if (current.doc === doc) reportCanvasProgress(IDLE);
}

export function getCanvasProgress(): CanvasProgress {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while the canvas of `doc` has everything in view mounted. */
export function useCanvasComplete(doc: object): boolean {
  return useSyncExternalStore(
    subscribe,
    () => current.doc === doc && current.complete,
    () => false,
  );
}
