import type { Vote } from './types';

export interface VoteCount {
  readonly targetId: string;
  readonly count: number;
}

export interface Tally {
  readonly roundId: string;
  /** Most votes first; ties by target id so every peer shows the same order. */
  readonly counts: readonly VoteCount[];
  readonly voters: number;
  readonly totalVotes: number;
}

export interface TallyOptions {
  readonly votesPerPerson: number;
  /** Only count dots on these targets (e.g. the steps that still exist). */
  readonly validTargetIds?: ReadonlySet<string>;
}

/**
 * Counts one round's dots. A participant's dots beyond the round's allowance are ignored (first ones
 * win), so a tampered or racing client cannot outvote others.
 */
export function tallyVotes(votes: readonly Vote[], roundId: string, options: TallyOptions): Tally {
  const counts = new Map<string, number>();
  let voters = 0;
  let totalVotes = 0;
  for (const vote of votes) {
    if (vote.roundId !== roundId) continue;
    const dots = vote.targetIds
      .filter((id) => !options.validTargetIds || options.validTargetIds.has(id))
      .slice(0, Math.max(0, options.votesPerPerson));
    if (dots.length === 0) continue;
    voters++;
    totalVotes += dots.length;
    for (const id of dots) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const sorted = [...counts]
    .map(([targetId, count]) => ({ targetId, count }))
    .sort((a, b) => b.count - a.count || (a.targetId < b.targetId ? -1 : 1));
  return { roundId, counts: sorted, voters, totalVotes };
}

/** How many dots a participant has left in a round. */
export function votesLeft(
  votes: readonly Vote[],
  roundId: string,
  participantId: string,
  votesPerPerson: number,
): number {
  const mine = votes.find((v) => v.roundId === roundId && v.participantId === participantId);
  return Math.max(0, votesPerPerson - (mine?.targetIds.length ?? 0));
}

/** The dots after adding one on `targetId`, or null when the allowance is used up. */
export function addDot(
  current: readonly string[],
  targetId: string,
  votesPerPerson: number,
): string[] | null {
  return current.length >= votesPerPerson ? null : [...current, targetId];
}

/** The dots after taking one off `targetId` (the last one placed there), unchanged if there is none. */
export function removeDot(current: readonly string[], targetId: string): string[] {
  const at = current.lastIndexOf(targetId);
  return at < 0 ? [...current] : [...current.slice(0, at), ...current.slice(at + 1)];
}
