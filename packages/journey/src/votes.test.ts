import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { voteId } from './ids';
import { readBoard, readEntity } from './read';
import { applyTallyToOpportunities, castVote, clearRoundVotes, retractVote } from './votes';
import { tallyVotes } from './voting';

const o = 'me';

test('participants place and retract dots within their allowance', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  const dot = (participantId: string, targetId: string) => ({ roundId: 'r1', participantId, targetId });
  castVote(doc, dot('ann', 'pr-opp-1'), 2, o);
  castVote(doc, dot('ann', 'pr-opp-1'), 2, o);
  expect(() => castVote(doc, dot('ann', 'pr-opp-2'), 2, o)).toThrow(/no votes left/);
  castVote(doc, dot('bob', 'pr-opp-2'), 2, o);
  expect(readEntity(doc, 'vote', voteId('r1', 'ann'))?.targetIds).toEqual(['pr-opp-1', 'pr-opp-1']);
  retractVote(doc, dot('ann', 'pr-opp-1'), o);
  const tally = tallyVotes(readBoard(doc).votes, 'r1', { votesPerPerson: 2 });
  expect(tally.counts).toEqual([
    { targetId: 'pr-opp-1', count: 1 },
    { targetId: 'pr-opp-2', count: 1 },
  ]);
  applyTallyToOpportunities(doc, tally, o);
  expect(readBoard(doc).opportunities.map((x) => [x.id, x.votes])).toEqual([
    ['pr-opp-1', 1],
    ['pr-opp-2', 1],
    ['pr-opp-3', 0],
    ['pr-opp-4', 0],
  ]);
  expect(clearRoundVotes(doc, 'r1', o)).toBe(2);
  expect(readBoard(doc).votes).toEqual([]);
});

test('participants voting concurrently never overwrite each other', () => {
  const a = new Y.Doc();
  createBoard(a, 'password-reset');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  castVote(a, { roundId: 'r', participantId: 'ann', targetId: 'pr-opp-1' }, 3, o);
  castVote(b, { roundId: 'r', participantId: 'bob', targetId: 'pr-opp-1' }, 3, o);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  expect(tallyVotes(readBoard(a).votes, 'r', { votesPerPerson: 3 }).counts).toEqual([
    { targetId: 'pr-opp-1', count: 2 },
  ]);
  expect(readBoard(a)).toEqual(readBoard(b));
});
