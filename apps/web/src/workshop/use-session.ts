import { observeSession, readSession, type SessionSnapshot } from '@journeyboard/journey';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A value selected from the session document. Every component picks just what it shows (the phase, the
 * timer, the active round…) and re-renders only when that part changes.
 */
export function useSessionSelector<T>(
  doc: Y.Doc,
  select: (session: SessionSnapshot) => T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const cache = useRef<{ doc: Y.Doc; value: T } | null>(null);
  const read = useCallback(() => {
    if (cache.current && cache.current.doc === doc) return cache.current.value;
    const value = select(readSession(doc));
    cache.current = { doc, value };
    return value;
  }, [doc, select]);
  const subscribe = useCallback(
    (notify: () => void) =>
      observeSession(doc, (session) => {
        const value = select(session);
        if (cache.current && cache.current.doc === doc && same(cache.current.value, value)) return;
        cache.current = { doc, value };
        notify();
      }),
    [doc, select, same],
  );
  return useSyncExternalStore(subscribe, read, read);
}

// Stable selectors (module level) so subscriptions are not recreated on every render.
export const selectPhase = (s: SessionSnapshot) => s.phase;
export const selectLocked = (s: SessionSnapshot) => s.locked;
export const selectTimer = (s: SessionSnapshot) => s.timer;
export const selectSpotlight = (s: SessionSnapshot) => s.spotlightStepId;
export const selectViewportRequest = (s: SessionSnapshot) => s.viewportRequest;
export const selectRatingVisibility = (s: SessionSnapshot) => s.ratingVisibility;
export const selectRounds = (s: SessionSnapshot) => s.rounds;
export const selectActiveRound = (s: SessionSnapshot) =>
  s.rounds.find((r) => r.id === s.activeRoundId && r.status === 'open') ?? null;

/** Deep equality for the small JSON values the session holds (timer, rounds, requests). */
export function sameJson<T>(a: T, b: T): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
