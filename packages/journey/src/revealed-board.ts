import type { BallotResults, StepRatingResult } from './ballot-results';
import { ratingId } from './ids';
import type { RatingVisibility, VotingRound } from './session';
import type { BoardSnapshot, EmotionLabel, Rating, Vote } from './types';
import { tallyVotes } from './voting';
import { type RankedResult, rankCounts } from './voting-results';

// Analytics, exports and the canvas read a board's ratings as a list (`BoardSnapshot.ratings`). Once the
// relay holds the ballots, what may be known of them is the revealed distribution: these functions turn
// it back into anonymous ratings with exactly that distribution, so every existing reader (curve, moments
// of truth, compare, CSV, PNG/PDF) keeps working from revealed data only.

/** Ratings with ids `stepId|anonymous-N` reproducing each revealed step's scores and emotions. */
export function anonymousRatings(results: ReadonlyMap<string, StepRatingResult>): Rating[] {
  const out: Rating[] = [];
  for (const [stepId, result] of results) {
    const emotions: EmotionLabel[] = result.byEmotion.flatMap((e) =>
      Array.from({ length: e.count }, () => e.label),
    );
    let n = 0;
    result.byScore.forEach((times, index) => {
      for (let i = 0; i < times; i++) {
        const participantId = `anonymous-${n + 1}`;
        out.push({
          id: ratingId(stepId, participantId),
          stepId,
          participantId,
          score: index + 1,
          emotion: emotions[n] ?? null,
        });
        n++;
      }
    });
  }
  return out;
}

/**
 * The board as anyone may see it (analytics, exports): its ratings are the revealed ones (the relay's
 * distributions, plus any ratings an older version kept in the content document), none while ratings are
 * hidden; no individual dots (a round's result is its published counts, see `roundRanking`).
 */
export function revealedBoard(
  board: BoardSnapshot,
  results: BallotResults,
  visibility: RatingVisibility,
): BoardSnapshot {
  if (visibility !== 'revealed') return { ...board, ratings: [], votes: [] };
  const steps = new Set(board.steps.map((s) => s.id));
  const revealed = new Map([...results.ratingResults].filter(([stepId]) => steps.has(stepId)));
  return { ...board, ratings: [...board.ratings, ...anonymousRatings(revealed)], votes: [] };
}

/** How many ratings a step has so far: the relay's count plus any kept in the content document. */
export function ratingCountOf(results: BallotResults, legacy: readonly Rating[], stepId: string): number {
  return (results.ratingCounts.get(stepId) ?? 0) + legacy.filter((r) => r.stepId === stepId).length;
}

/**
 * A closed round's ranking: the relay's published counts, or (a round closed before ballots moved to the
 * relay) the dots an older version kept in the content document.
 */
export function roundRanking(
  results: BallotResults,
  legacyVotes: readonly Vote[],
  round: Pick<VotingRound, 'id' | 'votesPerPerson'>,
  candidateIds: readonly string[],
): RankedResult[] {
  const published = results.roundResults.get(round.id);
  const counts =
    published?.counts ??
    tallyVotes(legacyVotes, round.id, {
      votesPerPerson: round.votesPerPerson,
      validTargetIds: new Set(candidateIds),
    }).counts;
  return rankCounts(counts, candidateIds);
}

/** How many took part in a round so far. */
export function roundVoters(results: BallotResults, legacyVotes: readonly Vote[], roundId: string): number {
  const legacy = legacyVotes.filter((v) => v.roundId === roundId && v.targetIds.length > 0).length;
  return (results.voterCounts.get(roundId) ?? 0) + legacy;
}
