import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { ENTITY_KINDS } from './doc';
import { ENTITY_DECLARATIONS } from './domain/entities';
import { ratingId, voteId } from './ids';
import { emotionSchema, id, nullOr, orDefault, score } from './schema';
import type { EmotionLabel, EntityKind, Origin, Rating, Vote } from './types';

// The ballot box: participants' ratings and dots, held by the relay in a document of its own (room
// `<boardId>/ballots`) that no client ever receives. Clients cast through the relay's HTTP API; the
// relay publishes only aggregates (ballot-results.ts). One entry per participant and step (ratings) or
// round (dots), keyed like the content document's legacy collections.

/**
 * The content document's `ratings` and `votes` collections are read only for clients: ballots are cast
 * through the relay, and the relay refuses any client write to these (older boards keep what they have
 * there, read as revealed legacy data).
 */
export const CLIENT_READ_ONLY_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(
  ENTITY_KINDS.filter((kind) => ENTITY_DECLARATIONS[kind].cast !== undefined),
);

export const BALLOT_RATINGS = 'ratings';
export const BALLOT_VOTES = 'votes';

/** A rating in the ballot box: the participant's, with whether they agreed to be named at the reveal. */
export interface RatingBallot extends Rating {
  /** Cast while the facilitator had named ratings on: the reveal may show `name` beside the score. */
  readonly named: boolean;
  readonly name: string;
}

export interface Ballots {
  readonly ratings: readonly RatingBallot[];
  readonly votes: readonly Vote[];
}

export const MAX_BALLOT_NAME_LENGTH = 40;

/** What a participant sends to rate a step (the step comes from the URL). */
export const ratingBallotBody = z.object({
  score: score(),
  emotion: nullOr(emotionSchema),
  /** Shown at the reveal only when the facilitator turned named ratings on before it was cast. */
  name: orDefault(z.string().check(z.trim(), z.maxLength(MAX_BALLOT_NAME_LENGTH)), ''),
});
export type RatingBallotBody = z.output<typeof ratingBallotBody>;

/** A participant's whole set of dots in a round (one entry per dot, a target may repeat). */
export const dotsBody = z.object({ targetIds: z.array(id()).check(z.maxLength(100)) });
export type DotsBody = z.output<typeof dotsBody>;

const ratingBallotSchema = z.object({
  stepId: id(),
  participantId: id(),
  score: score(),
  emotion: nullOr(emotionSchema),
  named: orDefault(z.boolean(), false),
  name: orDefault(z.string().check(z.maxLength(200)), ''),
});
const voteSchema = z.object({
  roundId: id(),
  participantId: id(),
  targetIds: z.array(id()).check(z.maxLength(100)),
});

/** What the caller may see of the ballot box: their own ballots, for the rating and voting controls. */
export interface OwnBallots {
  readonly ratings: readonly { stepId: string; score: number; emotion: EmotionLabel | null }[];
  readonly votes: readonly { roundId: string; targetIds: readonly string[] }[];
}

export const ownBallotsSchema = z.object({
  ratings: z.array(z.object({ stepId: id(), score: score(), emotion: z.nullable(emotionSchema) })),
  votes: z.array(z.object({ roundId: id(), targetIds: z.array(id()) })),
});

function ratingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BALLOT_RATINGS);
}
function votesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BALLOT_VOTES);
}

/** Every well-formed ballot in the box; anything malformed is skipped. */
export function readBallots(doc: Y.Doc): Ballots {
  const ratings: RatingBallot[] = [];
  for (const [key, value] of ratingsMap(doc).entries()) {
    const parsed = ratingBallotSchema.safeParse(value);
    if (parsed.success && key === ratingId(parsed.data.stepId, parsed.data.participantId)) {
      ratings.push({ id: key, ...parsed.data });
    }
  }
  const votes: Vote[] = [];
  for (const [key, value] of votesMap(doc).entries()) {
    const parsed = voteSchema.safeParse(value);
    if (parsed.success && key === voteId(parsed.data.roundId, parsed.data.participantId)) {
      votes.push({ id: key, ...parsed.data });
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { ratings: ratings.sort(byId), votes: votes.sort(byId) };
}

/** One participant's own ballots (what `GET …/ballots` answers). */
export function ownBallots(ballots: Ballots, participantId: string): OwnBallots {
  return {
    ratings: ballots.ratings
      .filter((r) => r.participantId === participantId)
      .map((r) => ({ stepId: r.stepId, score: r.score, emotion: r.emotion })),
    votes: ballots.votes
      .filter((v) => v.participantId === participantId)
      .map((v) => ({ roundId: v.roundId, targetIds: [...v.targetIds] })),
  };
}

/** Casts or changes a participant's rating of a step. */
export function castRatingBallot(
  doc: Y.Doc,
  participantId: string,
  stepId: string,
  body: RatingBallotBody,
  named: boolean,
  origin: Origin,
): RatingBallot {
  const ballot = ratingBallotSchema.parse({ stepId, participantId, ...body, named, name: body.name });
  doc.transact(() => ratingsMap(doc).set(ratingId(stepId, participantId), { ...ballot }), origin);
  return { id: ratingId(stepId, participantId), ...ballot };
}

/** Withdraws a participant's rating of a step; false when there was none. */
export function withdrawRatingBallot(
  doc: Y.Doc,
  participantId: string,
  stepId: string,
  origin: Origin,
): boolean {
  const key = ratingId(stepId, participantId);
  if (!ratingsMap(doc).has(key)) return false;
  doc.transact(() => ratingsMap(doc).delete(key), origin);
  return true;
}

/** Replaces a participant's dots in a round (an empty list removes the entry). */
export function setDotBallot(
  doc: Y.Doc,
  participantId: string,
  roundId: string,
  targetIds: readonly string[],
  origin: Origin,
): Vote {
  const vote = voteSchema.parse({ roundId, participantId, targetIds: [...targetIds] });
  const key = voteId(roundId, participantId);
  doc.transact(() => {
    if (vote.targetIds.length === 0) votesMap(doc).delete(key);
    else votesMap(doc).set(key, { ...vote });
  }, origin);
  return { id: key, ...vote };
}
