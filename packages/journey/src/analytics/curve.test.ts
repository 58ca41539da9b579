import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../board';
import { setRating } from '../ratings';
import { readBoard } from '../read';
import { updateStep } from '../steps';
import { emotionCurve, participantStats } from './curve';

test('participantStats: mean, min, max and count', () => {
  expect(participantStats([])).toBeNull();
  expect(participantStats([{ score: 2 }, { score: 9 }, { score: 4 }])).toEqual({
    mean: 5,
    min: 2,
    max: 9,
    count: 3,
  });
});

test('the curve has one point per step with consensus and participants', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  setRating(doc, { stepId: 'pr-step-01', participantId: 'a', score: 2 }, 'x');
  setRating(doc, { stepId: 'pr-step-01', participantId: 'b', score: 5 }, 'x');
  setRating(doc, { stepId: 'pr-step-02', participantId: 'a', score: 7 }, 'x');
  updateStep(doc, 'pr-step-02', { score: null }, 'x');
  const curve = emotionCurve(readBoard(doc), 'journey-current');
  expect(curve).toHaveLength(11);
  expect(curve[0]).toMatchObject({
    stepId: 'pr-step-01',
    index: 0,
    consensus: 4,
    participants: { mean: 3.5, min: 2, max: 5, count: 2 },
    value: 4,
    emotion: 'confused',
  });
  expect(curve[1]).toMatchObject({ consensus: null, value: 7, participants: { count: 1 } });
  expect(curve[2]).toMatchObject({ participants: null, value: 2 });
  expect(emotionCurve(readBoard(doc), 'nope')).toEqual([]);
});
