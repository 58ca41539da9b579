import * as Y from 'yjs';
import * as z from 'zod/mini';
import { newId } from './ids';
import {
  type Clock,
  floorAuthorSchema,
  type Phase,
  phaseSchema,
  RATING_VISIBILITIES,
  type RatingVisibility,
  readTimer,
  roundSchema,
  roundsMap,
  sessionMap,
  type ViewportRequest,
  type VotingRound,
  viewportSchema,
} from './session';
import {
  addTime,
  idleTimer,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
  type TimerState,
} from './timer';
import type { Origin } from './types';
import type { VoteTargetKind } from './vote-targets';

// The facilitator's changes to the `session` document (session.ts reads it): phase, lock, spotlight, the
// floor, ratings' visibility, "bring everyone to me", the timer and voting rounds. Apart from the reading,
// which every board needs from its first frame, while these come with the workshop's controls.

const systemClock: Clock = () => Date.now();

function set(doc: Y.Doc, origin: Origin, key: string, value: unknown) {
  doc.transact(() => sessionMap(doc).set(key, value), origin);
}

/**
 * Moves the workshop to another phase. The floor (see `giveFloor`) belongs to the moment it was given in:
 * changing phase takes it back, in the same transaction.
 */
export function setPhase(doc: Y.Doc, phase: Phase, origin: Origin): void {
  const next = phaseSchema.parse(phase);
  const map = sessionMap(doc);
  doc.transact(() => {
    const changed = map.get('phase') !== next;
    map.set('phase', next);
    if (changed && map.get('floorAuthorId') != null) map.set('floorAuthorId', null);
  }, origin);
}

export function setLocked(doc: Y.Doc, locked: boolean, origin: Origin): void {
  set(doc, origin, 'locked', locked === true);
}

export function setSpotlight(doc: Y.Doc, stepId: string | null, origin: Origin): void {
  set(doc, origin, 'spotlightStepId', stepId);
}

/**
 * Gives the floor to the person with this identity (an observer who asked a question): from now on the
 * relay forwards their presence to everyone. At most one holder: giving it to someone else takes it from
 * the previous one.
 */
export function giveFloor(doc: Y.Doc, authorId: string, origin: Origin): void {
  set(doc, origin, 'floorAuthorId', floorAuthorSchema.parse(authorId));
}

/** Takes the floor back: nobody's presence is forwarded as an observer's any more. */
export function takeFloorBack(doc: Y.Doc, origin: Origin): void {
  if (sessionMap(doc).get('floorAuthorId') == null) return;
  set(doc, origin, 'floorAuthorId', null);
}

export function setRatingVisibility(doc: Y.Doc, visibility: RatingVisibility, origin: Origin): void {
  set(doc, origin, 'ratingVisibility', z.enum(RATING_VISIBILITIES).parse(visibility));
}

/** Turns named ratings on or off for the ratings cast from now on (see `SessionSnapshot.ratingsNamed`). */
export function setRatingsNamed(doc: Y.Doc, named: boolean, origin: Origin): void {
  set(doc, origin, 'ratingsNamed', named === true);
}

/** "Bring everyone to me": participants' clients move their view when they see a new request id. */
export function requestViewport(
  doc: Y.Doc,
  view: Omit<ViewportRequest, 'id' | 'at'>,
  origin: Origin,
  clock: Clock = systemClock,
): ViewportRequest {
  const request = viewportSchema.parse({ ...view, id: newId('view-'), at: clock() });
  set(doc, origin, 'viewportRequest', request);
  return request;
}

function updateTimer(doc: Y.Doc, origin: Origin, fn: (state: TimerState) => TimerState): TimerState {
  const next = fn(readTimer(doc));
  set(doc, origin, 'timer', { ...next });
  return next;
}

export function startSessionTimer(
  doc: Y.Doc,
  durationMs: number | undefined,
  origin: Origin,
  clock: Clock = systemClock,
) {
  return updateTimer(doc, origin, (t) => startTimer(t, clock(), durationMs));
}
export function pauseSessionTimer(doc: Y.Doc, origin: Origin, clock: Clock = systemClock) {
  return updateTimer(doc, origin, (t) => pauseTimer(t, clock()));
}
export function resumeSessionTimer(doc: Y.Doc, origin: Origin, clock: Clock = systemClock) {
  return updateTimer(doc, origin, (t) => resumeTimer(t, clock()));
}
export function addSessionTimerMinute(doc: Y.Doc, origin: Origin, clock: Clock = systemClock) {
  return updateTimer(doc, origin, (t) => addTime(t, clock()));
}
export function resetSessionTimer(doc: Y.Doc, origin: Origin, durationMs?: number) {
  return updateTimer(doc, origin, (t) => (durationMs === undefined ? resetTimer(t) : idleTimer(durationMs)));
}

export interface RoundInput {
  readonly title?: string;
  readonly targetKind: VoteTargetKind;
  readonly votesPerPerson: number;
  readonly id?: string;
}

/** Opens a dot-voting round and makes it the active one (closing the previous active round). */
export function openVotingRound(
  doc: Y.Doc,
  input: RoundInput,
  origin: Origin,
  clock: Clock = systemClock,
): VotingRound {
  const now = clock();
  const round = roundSchema.parse({
    ...input,
    id: input.id ?? newId('round-'),
    status: 'open',
    openedAt: now,
    closedAt: null,
  });
  doc.transact(() => {
    const active = sessionMap(doc).get('activeRoundId');
    const previous = typeof active === 'string' ? roundsMap(doc).get(active) : undefined;
    if (previous instanceof Y.Map && previous.get('status') === 'open') {
      previous.set('status', 'closed');
      previous.set('closedAt', now);
    }
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(round)) if (key !== 'id') map.set(key, value);
    roundsMap(doc).set(round.id, map);
    sessionMap(doc).set('activeRoundId', round.id);
  }, origin);
  return round;
}

export function closeVotingRound(
  doc: Y.Doc,
  roundId: string,
  origin: Origin,
  clock: Clock = systemClock,
): void {
  doc.transact(() => {
    const round = roundsMap(doc).get(roundId);
    if (round instanceof Y.Map && round.get('status') === 'open') {
      round.set('status', 'closed');
      round.set('closedAt', clock());
    }
    if (sessionMap(doc).get('activeRoundId') === roundId) sessionMap(doc).set('activeRoundId', null);
  }, origin);
}

export function deleteVotingRound(doc: Y.Doc, roundId: string, origin: Origin): void {
  doc.transact(() => {
    roundsMap(doc).delete(roundId);
    if (sessionMap(doc).get('activeRoundId') === roundId) sessionMap(doc).set('activeRoundId', null);
  }, origin);
}
