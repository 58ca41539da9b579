import { observeSession, readSession, type SessionSnapshot } from '@journeyboard/journey';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocValue } from '../board/use-doc-value';

/**
 * A value selected from the session document. Every component picks just what it shows (the phase, the
 * timer, the active round…) and re-renders only when that part changes.
 */
export function useSessionSelector<T>(
  doc: Y.Doc,
  select: (session: SessionSnapshot) => T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const read = useCallback(() => select(readSession(doc)), [doc, select]);
  const observe = useCallback(
    (next: (value: T) => void) => observeSession(doc, (session) => next(select(session))),
    [doc, select],
  );
  return useDocValue(doc, read, observe, same);
}

// Stable selectors (module level) so subscriptions are not recreated on every render.
export const selectPhase = (s: SessionSnapshot) => s.phase;
export const selectLocked = (s: SessionSnapshot) => s.locked;
export const selectTimer = (s: SessionSnapshot) => s.timer;
export const selectSpotlight = (s: SessionSnapshot) => s.spotlightStepId;
export const selectViewportRequest = (s: SessionSnapshot) => s.viewportRequest;
export const selectRatingVisibility = (s: SessionSnapshot) => s.ratingVisibility;
export const selectRatingsNamed = (s: SessionSnapshot) => s.ratingsNamed;
export const selectRounds = (s: SessionSnapshot) => s.rounds;
export const selectActiveRound = (s: SessionSnapshot) =>
  s.rounds.find((r) => r.id === s.activeRoundId && r.status === 'open') ?? null;

/** Deep equality for the small JSON values the session holds (timer, rounds, requests). */
export function sameJson<T>(a: T, b: T): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
