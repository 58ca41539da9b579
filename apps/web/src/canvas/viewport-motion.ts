import { useUiStore } from '../state/ui-store';

/** How long the viewport must stay put before a pan or zoom counts as over. */
export const STILL_AFTER_MS = 200;

let lastMove = Number.NEGATIVE_INFINITY;
let timer: ReturnType<typeof setTimeout> | undefined;
let subscribed = false;
const stillListeners = new Set<() => void>();

function follow() {
  if (subscribed) return;
  subscribed = true;
  useUiStore.subscribe((state, previous) => {
    if (state.viewport === previous.viewport) return;
    lastMove = performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const listener of [...stillListeners]) listener();
    }, STILL_AFTER_MS);
  });
}

/** Whether the viewport moved (a pan or zoom) in the last STILL_AFTER_MS. */
export function isViewportMoving(now = performance.now()): boolean {
  follow();
  return now - lastMove < STILL_AFTER_MS;
}

/** Calls `listener` each time the viewport comes to rest after moving; returns the unsubscribe. */
export function onViewportStill(listener: () => void): () => void {
  follow();
  stillListeners.add(listener);
  return () => {
    stillListeners.delete(listener);
  };
}
