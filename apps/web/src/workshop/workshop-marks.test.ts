import {
  askQuestion,
  castVote,
  closeVotingRound,
  createBoard,
  openVotingRound,
  publishBallotResults,
  readBoard,
  setQuestionResolved,
  setRatingVisibility,
  setSpotlight,
} from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { WorkshopMarksStore } from './workshop-marks';

function board() {
  const docs = { content: new Y.Doc(), session: new Y.Doc(), questions: new Y.Doc() };
  createBoard(docs.content, 'support-experience');
  const steps = readBoard(docs.content).steps.map((s) => s.id);
  return { docs, steps };
}

const author = { authorId: 'olga', authorName: 'Olga', role: 'observer' as const };

describe('WorkshopMarksStore', () => {
  test('spotlight, reveal and question badges update the shared marks once per change', () => {
    const { docs, steps } = board();
    const store = new WorkshopMarksStore(docs);
    let calls = 0;
    const off = store.subscribe(() => calls++);
    setSpotlight(docs.session, steps[1]!, 'fac');
    expect(store.getMarks().spotlightStepId).toBe(steps[1]);
    setRatingVisibility(docs.session, 'revealed', 'fac');
    expect(store.getMarks().ratingsRevealed).toBe(true);
    const q = askQuestion(docs.questions, { ...author, text: 'Why?', stepId: steps[0]! }, 'olga');
    expect(store.getMarks().questions.steps.get(steps[0]!)).toEqual({ open: 1, resolved: 0 });
    setQuestionResolved(docs.questions, q.id, true, 'fac');
    expect(store.getMarks().questions.steps.get(steps[0]!)).toEqual({ open: 0, resolved: 1 });
    expect(calls).toBe(4);
    off();
    setSpotlight(docs.session, null, 'fac');
    expect(calls).toBe(4);
    // Resubscribing catches up with what changed meanwhile.
    store.subscribe(() => calls++);
    expect(store.getMarks().spotlightStepId).toBeNull();
  });

  test('results appear when the round closes, not while it is open', () => {
    const { docs, steps } = board();
    const store = new WorkshopMarksStore(docs);
    store.subscribe(() => {});
    const round = openVotingRound(docs.session, { targetKind: 'step', votesPerPerson: 2 }, 'fac');
    castVote(docs.content, { roundId: round.id, participantId: 'ann', targetId: steps[2]! }, 2, 'ann');
    castVote(docs.content, { roundId: round.id, participantId: 'bob', targetId: steps[2]! }, 2, 'bob');
    castVote(docs.content, { roundId: round.id, participantId: 'bob', targetId: steps[3]! }, 2, 'bob');
    expect(store.getMarks().results.size).toBe(0);
    closeVotingRound(docs.session, round.id, 'fac');
    expect(store.getMarks().results.get(steps[2]!)).toEqual({ targetId: steps[2], count: 2, rank: 1 });
    expect(store.getMarks().results.get(steps[3]!)).toEqual({ targetId: steps[3], count: 1, rank: 2 });
  });

  test('published results: a closed round’s counts and the revealed ratings, as the relay wrote them', () => {
    const { docs, steps } = board();
    const store = new WorkshopMarksStore(docs);
    store.subscribe(() => {});
    const round = openVotingRound(docs.session, { targetKind: 'step', votesPerPerson: 2 }, 'fac');
    closeVotingRound(docs.session, round.id, 'fac');
    const distribution = {
      count: 1,
      byScore: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
      byEmotion: [],
      mean: 4,
      min: 4,
      max: 4,
      named: [],
    };
    publishBallotResults(
      docs.session,
      {
        ratingCounts: new Map([[steps[0]!, 1]]),
        ratingResults: new Map([[steps[0]!, distribution]]),
        voterCounts: new Map([[round.id, 1]]),
        roundResults: new Map([
          [round.id, { counts: [{ targetId: steps[1]!, count: 2 }], voters: 1, totalVotes: 2 }],
        ]),
      },
      'relay',
    );
    expect(store.getMarks().results.get(steps[1]!)).toEqual({ targetId: steps[1], count: 2, rank: 1 });
    // Published distributions are drawn only once the facilitator reveals.
    expect(store.getMarks().revealedRatings.size).toBe(0);
    setRatingVisibility(docs.session, 'revealed', 'fac');
    expect(store.getMarks().revealedRatings.get(steps[0]!)).toEqual(distribution);
  });
});
