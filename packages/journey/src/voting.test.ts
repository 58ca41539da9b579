import { expect, test } from 'vitest';
import type { Vote } from './types';
import { addDot, removeDot, tallyVotes, votesLeft } from './voting';

const v = (roundId: string, participantId: string, targetIds: string[]): Vote => ({
  id: `${roundId}|${participantId}`,
  roundId,
  participantId,
  targetIds,
});

test('tally counts one round, most votes first, ties by id', () => {
  const votes = [
    v('r', 'p1', ['b', 'a', 'a']),
    v('r', 'p2', ['b', 'c']),
    v('other', 'p1', ['z', 'z', 'z']),
    v('r', 'p3', []),
  ];
  expect(tallyVotes(votes, 'r', { votesPerPerson: 3 })).toEqual({
    roundId: 'r',
    counts: [
      { targetId: 'a', count: 2 },
      { targetId: 'b', count: 2 },
      { targetId: 'c', count: 1 },
    ],
    voters: 2,
    totalVotes: 5,
  });
});

test('dots beyond the allowance and on unknown targets are ignored', () => {
  const votes = [v('r', 'p1', ['a', 'a', 'a', 'a', 'a']), v('r', 'p2', ['gone', 'b'])];
  const tally = tallyVotes(votes, 'r', { votesPerPerson: 2, validTargetIds: new Set(['a', 'b']) });
  expect(tally.counts).toEqual([
    { targetId: 'a', count: 2 },
    { targetId: 'b', count: 1 },
  ]);
  expect(tally.totalVotes).toBe(3);
  expect(tallyVotes(votes, 'r', { votesPerPerson: 0 }).voters).toBe(0);
});

test('dot arithmetic', () => {
  expect(addDot(['a'], 'b', 2)).toEqual(['a', 'b']);
  expect(addDot(['a', 'b'], 'c', 2)).toBeNull();
  expect(removeDot(['a', 'b', 'a'], 'a')).toEqual(['a', 'b']);
  expect(removeDot(['a'], 'x')).toEqual(['a']);
  expect(votesLeft([v('r', 'p', ['a'])], 'r', 'p', 3)).toBe(2);
  expect(votesLeft([v('r', 'p', ['a', 'b', 'c', 'd'])], 'r', 'p', 3)).toBe(0);
  expect(votesLeft([], 'r', 'p', 3)).toBe(3);
});
