import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { readBoard } from './read';
import type { VotingRound } from './session';
import type { Vote } from './types';
import { castVote, retractVote } from './votes';
import { latestClosedRound, myDots, rankedResults, voteCandidateIds, voterCount } from './voting-results';

const vote = (roundId: string, participantId: string, targetIds: string[]): Vote => ({
  id: `${roundId}|${participantId}`,
  roundId,
  participantId,
  targetIds,
});

const round = (id: string, fields: Partial<VotingRound> = {}): VotingRound => ({
  id,
  title: '',
  targetKind: 'step',
  votesPerPerson: 3,
  status: 'closed',
  openedAt: 0,
  closedAt: 10,
  ...fields,
});

describe('rankedResults', () => {
  test('ranks by count with shared ranks for ties and ignores other rounds', () => {
    const votes = [
      vote('r1', 'ann', ['a', 'b', 'b']),
      vote('r1', 'bob', ['b', 'c', 'a']),
      vote('r1', 'cy', ['c']),
      vote('r2', 'ann', ['d', 'd', 'd']),
    ];
    expect(rankedResults(votes, round('r1'), ['a', 'b', 'c', 'd'])).toEqual([
      { targetId: 'b', count: 3, rank: 1 },
      { targetId: 'a', count: 2, rank: 2 },
      { targetId: 'c', count: 2, rank: 2 },
    ]);
  });

  test('dots beyond the allowance and on non-candidates do not count', () => {
    const votes = [vote('r1', 'ann', ['a', 'a', 'a', 'a', 'a']), vote('r1', 'bob', ['gone', 'b'])];
    expect(rankedResults(votes, round('r1', { votesPerPerson: 2 }), ['a', 'b'])).toEqual([
      { targetId: 'a', count: 2, rank: 1 },
      { targetId: 'b', count: 1, rank: 2 },
    ]);
  });

  test('an empty round has no results', () => {
    expect(rankedResults([], round('r1'), ['a'])).toEqual([]);
  });
});

describe('latestClosedRound', () => {
  test('picks the last closed round, optionally of a kind, never an open one', () => {
    const rounds = [
      round('old', { closedAt: 5 }),
      round('notes', { targetKind: 'note', closedAt: 20 }),
      round('newer', { closedAt: 15 }),
      round('open', { status: 'open', closedAt: null, openedAt: 30 }),
    ];
    expect(latestClosedRound(rounds)?.id).toBe('notes');
    expect(latestClosedRound(rounds, 'step')?.id).toBe('newer');
    expect(latestClosedRound(rounds, 'opportunity')).toBeNull();
  });
});

describe('candidates and dots on a real board', () => {
  test('steps, pain-point notes and opportunities are the candidates of their kinds', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'support-experience');
    const board = readBoard(doc);
    expect(voteCandidateIds(board, 'step')).toEqual(board.steps.map((s) => s.id));
    const notes = voteCandidateIds(board, 'note');
    expect(notes.length).toBeGreaterThan(0);
    for (const id of notes) expect(board.notes.find((n) => n.id === id)?.laneId).toBe('lane-pain-points');
    expect(voteCandidateIds(board, 'opportunity')).toEqual(board.opportunities.map((o) => o.id));
  });

  test('a round cast through the document tallies the same for every peer', () => {
    const a = new Y.Doc();
    createBoard(a, 'support-experience');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const [s1, s2, s3] = readBoard(a).steps.map((s) => s.id);
    castVote(a, { roundId: 'r', participantId: 'ann', targetId: s1! }, 2, 'ann');
    castVote(a, { roundId: 'r', participantId: 'ann', targetId: s2! }, 2, 'ann');
    castVote(b, { roundId: 'r', participantId: 'bob', targetId: s2! }, 2, 'bob');
    castVote(b, { roundId: 'r', participantId: 'bob', targetId: s3! }, 2, 'bob');
    retractVote(b, { roundId: 'r', participantId: 'bob', targetId: s3! }, 'bob');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      const board = readBoard(doc);
      expect(
        rankedResults(board.votes, round('r', { votesPerPerson: 2 }), voteCandidateIds(board, 'step')),
      ).toEqual([
        { targetId: s2, count: 2, rank: 1 },
        { targetId: s1, count: 1, rank: 2 },
      ]);
      expect(myDots(board.votes, 'r', 'bob')).toEqual([s2]);
      expect(voterCount(board.votes, 'r')).toBe(2);
    }
  });
});
