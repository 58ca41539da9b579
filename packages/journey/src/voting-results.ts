import type { VotingRound } from './session';
import type { BoardSnapshot, Vote } from './types';
import type { VoteTargetKind } from './vote-targets';
import { tallyVotes, type VoteCount } from './voting';

// What a dot-voting round means on the board: which items are candidates, and once the round is closed,
// the ranked result that stays on those items. Pure functions over snapshots.

export interface RankedResult {
  readonly targetId: string;
  readonly count: number;
  /** Competition ranking: two items with the most votes are both 1, the next one is 3. */
  readonly rank: number;
}

/** The items a round of this kind votes on: steps, pain-point notes, or opportunities. */
export function voteCandidateIds(board: BoardSnapshot, kind: VoteTargetKind): readonly string[] {
  switch (kind) {
    case 'step':
      return board.steps.map((s) => s.id);
    case 'note': {
      const painLanes = new Set(board.lanes.filter((l) => l.kind === 'pain-points').map((l) => l.id));
      return board.notes.filter((n) => painLanes.has(n.laneId)).map((n) => n.id);
    }
    case 'opportunity':
      return board.opportunities.map((o) => o.id);
  }
}

/** Ranks a round's counts; items without votes are left out. */
export function rankedResults(
  votes: readonly Vote[],
  round: Pick<VotingRound, 'id' | 'votesPerPerson'>,
  candidateIds: readonly string[],
): RankedResult[] {
  const tally = tallyVotes(votes, round.id, {
    votesPerPerson: round.votesPerPerson,
    validTargetIds: new Set(candidateIds),
  });
  return rankCounts(tally.counts, candidateIds);
}

/** Ranks counts (most first, ties by id) among the candidates; items without votes are left out. */
export function rankCounts(counts: readonly VoteCount[], candidateIds: readonly string[]): RankedResult[] {
  const candidates = new Set(candidateIds);
  const sorted = counts
    .filter((c) => c.count > 0 && candidates.has(c.targetId))
    .sort((a, b) => b.count - a.count || (a.targetId < b.targetId ? -1 : 1));
  const out: RankedResult[] = [];
  sorted.forEach((c, i) => {
    const previous = out[i - 1];
    const rank = previous && previous.count === c.count ? previous.rank : i + 1;
    out.push({ targetId: c.targetId, count: c.count, rank });
  });
  return out;
}

/** The most recently closed round of a kind (its results stay on the items until a newer one closes). */
export function latestClosedRound(rounds: readonly VotingRound[], kind?: VoteTargetKind): VotingRound | null {
  let latest: VotingRound | null = null;
  for (const round of rounds) {
    if (round.status !== 'closed' || (kind && round.targetKind !== kind)) continue;
    const closedAt = round.closedAt ?? round.openedAt;
    if (!latest || closedAt >= (latest.closedAt ?? latest.openedAt)) latest = round;
  }
  return latest;
}

/** One participant's dots in a round, in the order placed. */
export function myDots(votes: readonly Vote[], roundId: string, participantId: string): readonly string[] {
  return votes.find((v) => v.roundId === roundId && v.participantId === participantId)?.targetIds ?? [];
}

/** How many distinct participants have placed at least one dot (shown while counts stay hidden). */
export function voterCount(votes: readonly Vote[], roundId: string): number {
  return votes.filter((v) => v.roundId === roundId && v.targetIds.length > 0).length;
}
