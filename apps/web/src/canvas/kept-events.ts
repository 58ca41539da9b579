import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react';

// Code loaded just after the board's first frame (the canvas's input, pasting) must not lose what a person
// did before it arrived. Until it takes over, such events are kept here, in order, by a listener that also
// holds back the browser's own reaction where it must (`keep` decides, and calls preventDefault itself).

export interface EventKeeper<T> {
  /** Stops keeping and hands over what was kept, oldest first (nothing on a second call). */
  take(): readonly T[];
}

/**
 * Keeps, from now until `take`, what `keep` makes of each event of `types` on `target` (null: not kept),
 * at most `limit` of them.
 */
export function keepEvents<T>(
  target: EventTarget,
  types: readonly string[],
  keep: (event: Event) => T | null,
  limit: number,
): EventKeeper<T> {
  const kept: T[] = [];
  const onEvent = (event: Event) => {
    const value = keep(event);
    if (value !== null && kept.length < limit) kept.push(value);
  };
  for (const type of types) target.addEventListener(type, onEvent, { passive: false });
  let taken = false;
  return {
    take() {
      for (const type of types) target.removeEventListener(type, onEvent);
      if (taken) return [];
      taken = true;
      return kept.splice(0);
    },
  };
}

/**
 * Keeps events from the first commit (on `targetRef`'s element, or the window without one) until the code
 * that handles them calls the function returned.
 */
export function useKeptEvents<T>(
  start: (target: EventTarget) => EventKeeper<T>,
  targetRef?: RefObject<HTMLElement | null>,
): () => readonly T[] {
  const keeper = useRef<EventKeeper<T> | null>(null);
  useLayoutEffect(() => {
    const target = targetRef ? targetRef.current : window;
    if (!target) return;
    const next = start(target);
    keeper.current = next;
    return () => {
      next.take();
      if (keeper.current === next) keeper.current = null;
    };
  }, [start, targetRef]);
  return useCallback(() => keeper.current?.take() ?? [], []);
}
