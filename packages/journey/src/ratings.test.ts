import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { collection } from './doc';
import { ratingId } from './ids';
import { clearRatings, deleteRating, setRating } from './ratings';
import { readBoard } from './read';
import { addStep } from './steps';

const o = 'local';

function setup() {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  addStep(doc, { journeyId: 'journey-current', id: 's' }, o);
  return doc;
}

test('one rating per participant and step, replaced on re-rating', () => {
  const doc = setup();
  setRating(doc, { stepId: 's', participantId: 'p1', score: 3, emotion: 'angry' }, o);
  setRating(doc, { stepId: 's', participantId: 'p1', score: 6 }, o);
  setRating(doc, { stepId: 's', participantId: 'p2', score: 9, emotion: 'happy' }, o);
  expect(readBoard(doc).ratings).toEqual([
    { id: ratingId('s', 'p1'), stepId: 's', participantId: 'p1', score: 6, emotion: null },
    { id: ratingId('s', 'p2'), stepId: 's', participantId: 'p2', score: 9, emotion: 'happy' },
  ]);
  expect(() => setRating(doc, { stepId: 's', participantId: 'p1', score: 10.5 }, o)).toThrow(/1 to 10/);
  expect(() => setRating(doc, { stepId: 'x', participantId: 'p1', score: 5 }, o)).toThrow(/no step/);
});

test('concurrent ratings by the same participant converge to one entry', () => {
  const a = setup();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  setRating(a, { stepId: 's', participantId: 'p', score: 2 }, o);
  setRating(b, { stepId: 's', participantId: 'p', score: 8 }, o);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  expect(readBoard(a).ratings).toHaveLength(1);
  expect(readBoard(a)).toEqual(readBoard(b));
});

test('delete and clear ratings', () => {
  const doc = setup();
  setRating(doc, { stepId: 's', participantId: 'p1', score: 3 }, o);
  setRating(doc, { stepId: 's', participantId: 'p2', score: 3 }, o);
  expect(deleteRating(doc, 's', 'p1', o)).toBe(true);
  expect(deleteRating(doc, 's', 'p1', o)).toBe(false);
  expect(clearRatings(doc, 's', o)).toBe(1);
  expect(collection(doc, 'rating').size).toBe(0);
});
