import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Ballots,
  castRatingBallot,
  ownBallots,
  ratingBallotBody,
  readBallots,
  setDotBallot,
  withdrawRatingBallot,
} from './ballot-box';
import {
  EMPTY_BALLOT_RESULTS,
  observeBallotResults,
  publishBallotResults,
  type ResultsSession,
  readBallotResults,
  tallyBallots,
} from './ballot-results';
import { ratingDistribution } from './rating-visibility';
import { anonymousRatings, revealedBoard, roundRanking, roundVoters } from './revealed-board';
import type { VotingRound } from './session';
import { type BoardSnapshot, EMOTION_LABELS } from './types';

const relay = 'relay';
const round = (id: string, status: 'open' | 'closed', votesPerPerson = 3): VotingRound => ({
  id,
  title: id,
  targetKind: 'step',
  votesPerPerson,
  status,
  openedAt: 1,
  closedAt: status === 'closed' ? 2 : null,
});
const hidden: ResultsSession = { ratingVisibility: 'hidden', rounds: [] };

function box(): Y.Doc {
  const doc = new Y.Doc();
  castRatingBallot(
    doc,
    'p-ann',
    's1',
    ratingBallotBody.parse({ score: 3, emotion: 'angry', name: 'Ann' }),
    false,
    relay,
  );
  castRatingBallot(doc, 'p-bob', 's1', ratingBallotBody.parse({ score: 8, name: 'Bob' }), true, relay);
  castRatingBallot(doc, 'p-bob', 's2', ratingBallotBody.parse({ score: 5 }), true, relay);
  setDotBallot(doc, 'p-ann', 'r1', ['s1', 's1', 's2'], relay);
  setDotBallot(doc, 'p-bob', 'r1', ['s2'], relay);
  return doc;
}

describe('the ballot box', () => {
  it('holds one rating per participant and step, changed and withdrawn by its owner only', () => {
    const doc = box();
    castRatingBallot(doc, 'p-ann', 's1', ratingBallotBody.parse({ score: 4 }), false, relay);
    expect(ownBallots(readBallots(doc), 'p-ann')).toEqual({
      ratings: [{ stepId: 's1', score: 4, emotion: null }],
      votes: [{ roundId: 'r1', targetIds: ['s1', 's1', 's2'] }],
    });
    expect(withdrawRatingBallot(doc, 'p-ann', 's1', relay)).toBe(true);
    expect(withdrawRatingBallot(doc, 'p-ann', 's1', relay)).toBe(false);
    expect(ownBallots(readBallots(doc), 'p-ann').ratings).toEqual([]);
    expect(ownBallots(readBallots(doc), 'p-bob').ratings).toHaveLength(2);
    setDotBallot(doc, 'p-ann', 'r1', [], relay);
    expect(ownBallots(readBallots(doc), 'p-ann').votes).toEqual([]);
  });

  it('refuses an out-of-range score and skips malformed entries', () => {
    expect(ratingBallotBody.safeParse({ score: 11 }).success).toBe(false);
    expect(ratingBallotBody.safeParse({ score: 2.5 }).success).toBe(false);
    expect(ratingBallotBody.safeParse({ score: 2, emotion: 'meh' }).success).toBe(false);
    const doc = box();
    doc.getMap('ratings').set('s9|p-x', { stepId: 's9', participantId: 'p-x', score: 99 });
    doc.getMap('ratings').set('wrong-key', { stepId: 's9', participantId: 'p-x', score: 2 });
    expect(readBallots(doc).ratings.map((r) => r.id)).toEqual(['s1|p-ann', 's1|p-bob', 's2|p-bob']);
  });
});

describe('published results', () => {
  it('while hidden: counts only, no score, no name, no dots', () => {
    const results = tallyBallots(readBallots(box()), {
      ratingVisibility: 'hidden',
      rounds: [round('r1', 'open')],
    });
    expect([...results.ratingCounts]).toEqual([
      ['s1', 2],
      ['s2', 1],
    ]);
    expect(results.ratingResults.size).toBe(0);
    expect([...results.voterCounts]).toEqual([['r1', 2]]);
    expect(results.roundResults.size).toBe(0);
    const doc = new Y.Doc();
    publishBallotResults(doc, results, relay);
    expect(readBallotResults(doc).ratingCounts.get('s1')).toBe(2);
    expect(JSON.stringify(doc.toJSON())).not.toMatch(/Ann|Bob|p-ann|p-bob|angry|"score"/);
  });

  it('revealed: each step’s distribution, with names only for ratings cast while naming was on', () => {
    const results = tallyBallots(readBallots(box()), { ratingVisibility: 'revealed', rounds: [] });
    expect(results.ratingResults.get('s1')).toMatchObject({
      count: 2,
      mean: 5.5,
      byEmotion: [{ label: 'angry', count: 1 }],
      named: [{ name: 'Bob', score: 8, emotion: null }],
    });
    expect(JSON.stringify([...results.ratingResults])).not.toMatch(/Ann|p-ann|p-bob/);
  });

  it('a closed round publishes its counts, capped at the allowance per person', () => {
    const results = tallyBallots(readBallots(box()), { ...hidden, rounds: [round('r1', 'closed', 2)] });
    expect(results.roundResults.get('r1')).toEqual({
      counts: [
        { targetId: 's1', count: 2 },
        { targetId: 's2', count: 1 },
      ],
      voters: 2,
      totalVotes: 3,
    });
  });

  it('round-trips through the session document, writing only what changed, and is observable', () => {
    const doc = new Y.Doc();
    const seen: number[] = [];
    const stop = observeBallotResults(doc, (r) => seen.push(r.ratingCounts.size));
    const ballots = readBallots(box());
    const session: ResultsSession = { ratingVisibility: 'revealed', rounds: [round('r1', 'closed')] };
    const results = tallyBallots(ballots, session);
    expect(publishBallotResults(doc, results, relay)).toBe(true);
    expect(publishBallotResults(doc, results, relay)).toBe(false);
    expect(readBallotResults(doc)).toEqual(results);
    // Hiding again takes the distributions away.
    expect(
      publishBallotResults(doc, tallyBallots(ballots, { ...session, ratingVisibility: 'hidden' }), relay),
    ).toBe(true);
    expect(readBallotResults(doc).ratingResults.size).toBe(0);
    expect(seen).toEqual([2, 2]);
    stop();
    publishBallotResults(doc, EMPTY_BALLOT_RESULTS, relay);
    expect(seen).toHaveLength(2);
    expect(readBallotResults(doc)).toEqual(EMPTY_BALLOT_RESULTS);
  });
});

const ballotsArb: fc.Arbitrary<Ballots> = fc
  .array(
    fc.record({
      stepId: fc.constantFrom('s1', 's2', 's3'),
      participantId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      score: fc.integer({ min: 1, max: 10 }),
      emotion: fc.option(fc.constantFrom(...EMOTION_LABELS), { nil: null }),
    }),
    { maxLength: 15 },
  )
  .map((list) => {
    const unique = new Map(list.map((r) => [`${r.stepId}|${r.participantId}`, r]));
    return {
      ratings: [...unique].map(([id, r]) => ({ id, ...r, named: false, name: '' })),
      votes: [],
    };
  });

describe('revealed data as ratings', () => {
  it('anonymous ratings reproduce every revealed distribution exactly (property)', () => {
    fc.assert(
      fc.property(ballotsArb, (ballots) => {
        const results = tallyBallots(ballots, { ratingVisibility: 'revealed', rounds: [] });
        const anonymous = anonymousRatings(results.ratingResults);
        for (const [stepId, result] of results.ratingResults) {
          const { named: _named, ...distribution } = result;
          expect(ratingDistribution(anonymous, stepId)).toEqual(distribution);
        }
        expect(anonymous.every((r) => r.participantId.startsWith('anonymous-'))).toBe(true);
      }),
    );
  });

  it('the board shows no ratings while hidden, and revealed ones of existing steps after', () => {
    const board = {
      steps: [{ id: 's1' }],
      ratings: [{ id: 's1|old', stepId: 's1', participantId: 'old', score: 2, emotion: null }],
    } as unknown as BoardSnapshot;
    const results = tallyBallots(readBallots(box()), { ratingVisibility: 'revealed', rounds: [] });
    expect(revealedBoard(board, results, 'hidden').ratings).toEqual([]);
    const revealed = revealedBoard(board, results, 'revealed').ratings;
    expect(revealed.map((r) => r.score).sort()).toEqual([2, 3, 8]);
    expect(revealedBoard(board, results, 'revealed').votes).toEqual([]);
  });

  it('a round ranks by published counts, or by legacy dots for a round closed before', () => {
    const results = tallyBallots(readBallots(box()), { ...hidden, rounds: [round('r1', 'closed')] });
    expect(roundRanking(results, [], round('r1', 'closed'), ['s1', 's2'])).toEqual([
      { targetId: 's1', count: 2, rank: 1 },
      { targetId: 's2', count: 2, rank: 1 },
    ]);
    const legacy = [{ id: 'r0|x', roundId: 'r0', participantId: 'x', targetIds: ['s2'] }];
    expect(roundRanking(results, legacy, round('r0', 'closed'), ['s1', 's2'])).toEqual([
      { targetId: 's2', count: 1, rank: 1 },
    ]);
    expect(roundVoters(results, legacy, 'r0')).toBe(1);
    expect(roundVoters(results, legacy, 'r1')).toBe(2);
  });
});
