import type * as Y from 'yjs';
import * as z from 'zod/mini';
import type { Ballots } from './ballot-box';
import { observeRoots } from './observe-roots';
import { type RatingDistribution, ratingDistribution } from './rating-visibility';
import { RELAY_SESSION_MAPS, type RelaySessionMap } from './relay-session-maps';
import { orDefault } from './schema';
import type { SessionSnapshot } from './session';
import { EMOTION_LABELS, type EmotionLabel, type Origin } from './types';
import { tallyVotes, type VoteCount } from './voting';

// What the relay publishes of the ballot box, as its own Yjs client, in relay-owned maps of the
// `session` document (clients never write them): counts while ratings are hidden and rounds are open;
// each step's distribution (no identities) once ratings are revealed; each closed round's dot counts.

export interface NamedRating {
  readonly name: string;
  readonly score: number;
  readonly emotion: EmotionLabel | null;
}

/** A step's revealed ratings: the distribution, and the names of those who agreed to be named. */
export interface StepRatingResult extends RatingDistribution {
  /** Sorted by name then score, so the order says nothing about who rated when. */
  readonly named: readonly NamedRating[];
}

export interface RoundResult {
  readonly counts: readonly VoteCount[];
  readonly voters: number;
  readonly totalVotes: number;
}

export interface BallotResults {
  /** Step id → how many participants rated it (always published). */
  readonly ratingCounts: ReadonlyMap<string, number>;
  /** Step id → its distribution; only while ratings are revealed. */
  readonly ratingResults: ReadonlyMap<string, StepRatingResult>;
  /** Round id → how many participants placed at least one dot. */
  readonly voterCounts: ReadonlyMap<string, number>;
  /** Round id → its dot counts; only for closed rounds. */
  readonly roundResults: ReadonlyMap<string, RoundResult>;
}

export const EMPTY_BALLOT_RESULTS: BallotResults = {
  ratingCounts: new Map(),
  ratingResults: new Map(),
  voterCounts: new Map(),
  roundResults: new Map(),
};

/** The session state the published results depend on. */
export type ResultsSession = Pick<SessionSnapshot, 'ratingVisibility' | 'rounds'>;

/** What the relay publishes for these ballots in this session state (pure). */
export function tallyBallots(ballots: Ballots, session: ResultsSession): BallotResults {
  const ratingCounts = new Map<string, number>();
  for (const r of ballots.ratings) ratingCounts.set(r.stepId, (ratingCounts.get(r.stepId) ?? 0) + 1);
  const ratingResults = new Map<string, StepRatingResult>();
  if (session.ratingVisibility === 'revealed') {
    for (const stepId of ratingCounts.keys()) {
      const named = ballots.ratings
        .filter((r) => r.stepId === stepId && r.named && r.name !== '')
        .map((r) => ({ name: r.name, score: r.score, emotion: r.emotion }))
        .sort((a, b) => a.name.localeCompare(b.name) || a.score - b.score);
      ratingResults.set(stepId, { ...ratingDistribution(ballots.ratings, stepId), named });
    }
  }
  const voterCounts = new Map<string, number>();
  const roundResults = new Map<string, RoundResult>();
  for (const round of session.rounds) {
    const tally = tallyVotes(ballots.votes, round.id, { votesPerPerson: round.votesPerPerson });
    voterCounts.set(round.id, tally.voters);
    if (round.status === 'closed') {
      roundResults.set(round.id, {
        counts: tally.counts,
        voters: tally.voters,
        totalVotes: tally.totalVotes,
      });
    }
  }
  return { ratingCounts, ratingResults, voterCounts, roundResults };
}

const count = z.int().check(z.gte(0));
const oneToTen = () => z.int().check(z.gte(1), z.lte(10));
const distributionSchema = z.object({
  count,
  byScore: z.array(count).check(z.length(10)),
  byEmotion: z.array(z.object({ label: z.enum(EMOTION_LABELS), count })),
  mean: z.nullable(z.number()),
  min: z.nullable(oneToTen()),
  max: z.nullable(oneToTen()),
  named: orDefault(
    z.array(
      z.object({
        name: z.string(),
        score: oneToTen(),
        emotion: z.nullable(z.enum(EMOTION_LABELS)),
      }),
    ),
    [],
  ),
});
const roundResultSchema = z.object({
  counts: z.array(z.object({ targetId: z.string(), count })),
  voters: count,
  totalVotes: count,
});

function readMap<T>(doc: Y.Doc, name: RelaySessionMap, schema: z.ZodMiniType<T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, value] of doc.getMap(name).entries()) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.set(key, parsed.data);
  }
  return out;
}

/** The published results in a session document; malformed entries are skipped. */
export function readBallotResults(doc: Y.Doc): BallotResults {
  return {
    ratingCounts: readMap(doc, 'ratingCounts', count),
    ratingResults: readMap(doc, 'ratingResults', distributionSchema),
    voterCounts: readMap(doc, 'voterCounts', count),
    roundResults: readMap(doc, 'roundResults', roundResultSchema),
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function syncMap(map: Y.Map<unknown>, entries: ReadonlyMap<string, unknown>): void {
  for (const key of [...map.keys()]) if (!entries.has(key)) map.delete(key);
  for (const [key, value] of entries) {
    const plain = JSON.parse(JSON.stringify(value)) as unknown;
    if (!sameJson(map.get(key), plain)) map.set(key, plain);
  }
}

/**
 * Writes `results` into the session document (the relay's write), changing only entries that differ,
 * in one transaction. Returns whether anything changed.
 */
export function publishBallotResults(doc: Y.Doc, results: BallotResults, origin: Origin): boolean {
  let changed = false;
  const onUpdate = () => {
    changed = true;
  };
  doc.on('update', onUpdate);
  try {
    doc.transact(() => {
      syncMap(doc.getMap('ratingCounts'), results.ratingCounts);
      syncMap(doc.getMap('ratingResults'), results.ratingResults);
      syncMap(doc.getMap('voterCounts'), results.voterCounts);
      syncMap(doc.getMap('roundResults'), results.roundResults);
    }, origin);
  } finally {
    doc.off('update', onUpdate);
  }
  return changed;
}

/** Calls `listener` with the published results after every transaction that changes them. */
export function observeBallotResults(doc: Y.Doc, listener: (results: BallotResults) => void): () => void {
  return observeRoots(doc, RELAY_SESSION_MAPS, readBallotResults, listener);
}
