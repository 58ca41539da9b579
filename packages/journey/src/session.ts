import * as Y from 'yjs';
import * as z from 'zod/mini';
import { readFields } from './doc';
import { deepFreeze } from './freeze';
import { nullOr, orDefault } from './schema';
import { idleTimer, TIMER_STATUSES, type TimerState } from './timer';
import { VOTE_TARGET_KINDS, type VoteTargetKind } from './vote-targets';

// The `session` document: facilitation state written by the facilitator only (session-writes.ts). The
// relay reads `phase` and `locked` (readSessionPermissions) to enforce roles, so those two stay top-level
// keys.

export const PHASES = ['preparation', 'mapping', 'readout', 'qa', 'wrapup'] as const;
export type Phase = (typeof PHASES)[number];
export const RATING_VISIBILITIES = ['hidden', 'revealed'] as const;
export type RatingVisibility = (typeof RATING_VISIBILITIES)[number];

export const SESSION_MAP = 'session';
export const ROUNDS_MAP = 'votingRounds';

export type Clock = () => number;

export interface SessionPermissions {
  readonly phase: Phase;
  readonly locked: boolean;
}

export interface ViewportRequest {
  /** New for every request, so clients can tell a repeated request from one they already followed. */
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  /** How much of the board (board units) the facilitator saw; clients zoom out to show all of it. */
  readonly width?: number;
  readonly height?: number;
  readonly requestedBy: string;
  readonly at: number;
}

export interface VotingRound {
  readonly id: string;
  readonly title: string;
  readonly targetKind: VoteTargetKind;
  readonly votesPerPerson: number;
  readonly status: 'open' | 'closed';
  readonly openedAt: number;
  readonly closedAt: number | null;
}

export interface SessionSnapshot extends SessionPermissions {
  readonly timer: TimerState;
  readonly spotlightStepId: string | null;
  /**
   * Who has the floor: the relay-issued identity (a question's `authorId`) of the one observer whose
   * presence (pointer, name) the relay forwards to everyone like a participant's, so the room sees what
   * they point at. Null: nobody; observers are only counted. Given and taken back by the facilitator.
   */
  readonly floorAuthorId: string | null;
  readonly viewportRequest: ViewportRequest | null;
  readonly ratingVisibility: RatingVisibility;
  /**
   * Named ratings: ratings cast while this is on show their author's name beside the score at the
   * reveal (the rating control says so before anyone rates). Off by default: the reveal is anonymous.
   */
  readonly ratingsNamed: boolean;
  readonly activeRoundId: string | null;
  /** Oldest first. */
  readonly rounds: readonly VotingRound[];
}

export function sessionMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(SESSION_MAP);
}

export function roundsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROUNDS_MAP);
}

export const phaseSchema = z.enum(PHASES);
const finite = () => z.number();
const atLeastZero = () => z.number().check(z.gte(0));
const positive = () => z.number().check(z.positive());
export const timerSchema = z.object({
  status: z.enum(TIMER_STATUSES),
  durationMs: atLeastZero(),
  endsAt: z.nullable(finite()),
  remainingMs: atLeastZero(),
});
export const viewportSchema = z.object({
  id: z.string().check(z.minLength(1)),
  x: finite(),
  y: finite(),
  zoom: positive(),
  width: z.optional(positive()),
  height: z.optional(positive()),
  requestedBy: z.string(),
  at: finite(),
});
/** A floor holder: a relay-issued identity id (`p-…`), as questions carry it in `authorId`. */
export const floorAuthorSchema = z.string().check(z.minLength(1), z.maxLength(200));

export const roundSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: orDefault(z.string(), ''),
  targetKind: z.enum(VOTE_TARGET_KINDS),
  votesPerPerson: z.int().check(z.gte(1), z.lte(100)),
  status: z.enum(['open', 'closed']),
  openedAt: finite(),
  closedAt: nullOr(finite()),
});

/** The two keys the relay enforces roles with. Missing or malformed values read as the safe defaults. */
export function readSessionPermissions(doc: Y.Doc): SessionPermissions {
  const map = sessionMap(doc);
  const phase = phaseSchema.safeParse(map.get('phase'));
  return { phase: phase.success ? phase.data : 'preparation', locked: map.get('locked') === true };
}

export function readTimer(doc: Y.Doc): TimerState {
  const parsed = timerSchema.safeParse(sessionMap(doc).get('timer'));
  return parsed.success ? parsed.data : idleTimer();
}

export function readVotingRounds(doc: Y.Doc): VotingRound[] {
  const rounds: VotingRound[] = [];
  for (const [id, value] of roundsMap(doc).entries()) {
    const parsed = roundSchema.safeParse(value instanceof Y.Map ? { ...readFields(value), id } : undefined);
    if (parsed.success) rounds.push(parsed.data);
  }
  return rounds.sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1));
}

/** Who has the floor (see `SessionSnapshot.floorAuthorId`); anything malformed reads as nobody. */
export function readFloorHolder(doc: Y.Doc): string | null {
  const parsed = floorAuthorSchema.safeParse(sessionMap(doc).get('floorAuthorId'));
  return parsed.success ? parsed.data : null;
}

/** The whole session state, deeply frozen; anything malformed reads as its default. */
export function readSession(doc: Y.Doc): SessionSnapshot {
  const map = sessionMap(doc);
  const spotlight = map.get('spotlightStepId');
  const viewport = viewportSchema.safeParse(map.get('viewportRequest'));
  const rounds = readVotingRounds(doc);
  const active = map.get('activeRoundId');
  return deepFreeze({
    ...readSessionPermissions(doc),
    timer: readTimer(doc),
    spotlightStepId: typeof spotlight === 'string' ? spotlight : null,
    floorAuthorId: readFloorHolder(doc),
    viewportRequest: viewport.success ? viewport.data : null,
    ratingVisibility: map.get('ratingVisibility') === 'revealed' ? 'revealed' : 'hidden',
    ratingsNamed: map.get('ratingsNamed') === true,
    activeRoundId: typeof active === 'string' && rounds.some((r) => r.id === active) ? active : null,
    rounds,
  });
}

/**
 * Calls `listener` with the new session state after each transaction that changes the session document,
 * and whether this client made it
 * (`local`: its own edit, not one received from the relay or read from the offline copy).
 */
export function observeSession(
  doc: Y.Doc,
  listener: (session: SessionSnapshot, local: boolean) => void,
): () => void {
  // One call per transaction even when it touches both maps.
  let last: Y.Transaction | null = null;
  const handler = (_events: unknown, tr: Y.Transaction) => {
    if (tr === last) return;
    last = tr;
    listener(readSession(doc), tr.local);
  };
  const session = sessionMap(doc);
  const rounds = roundsMap(doc);
  session.observeDeep(handler);
  rounds.observeDeep(handler);
  return () => {
    session.unobserveDeep(handler);
    rounds.unobserveDeep(handler);
  };
}
