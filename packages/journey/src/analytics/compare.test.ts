import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../board';
import { addJourney, forkJourney } from '../journeys';
import { journeySteps, readBoard } from '../read';
import { addStep, deleteStep, updateStep } from '../steps';
import { compareJourneys } from './compare';

test('a forked future state matches by origin even after renames; added, removed and deltas', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  const future = forkJourney(doc, 'journey-current', 'x');
  const steps = journeySteps(readBoard(doc), future.id);
  const copyOf = (id: string) => steps.find((s) => s.originStepId === id)!.id;
  updateStep(doc, copyOf('pr-step-10'), { title: 'Gets a text message code', score: 8 }, 'x');
  deleteStep(doc, copyOf('pr-step-11'), 'x');
  addStep(doc, { journeyId: future.id, title: 'Back at work', score: 9, id: 'new' }, 'x');
  const c = compareJourneys(readBoard(doc), 'journey-current', future.id);
  expect(c.matched).toHaveLength(10);
  expect(c.matched.every((m) => m.matchedBy === 'origin')).toBe(true);
  expect(c.matched.find((m) => m.fromStepId === 'pr-step-10')).toMatchObject({
    fromScore: 1,
    toScore: 8,
    delta: 7,
  });
  expect(c.matched.find((m) => m.fromStepId === 'pr-step-01')?.delta).toBe(0);
  expect(c.removed).toEqual(['pr-step-11']);
  expect(c.added).toEqual(['new']);
  expect(c.fromAverage).toBeCloseTo(41 / 11);
  expect(c.toAverage).toBeCloseTo((41 - 1 - 2 + 8 + 9) / 11);
  expect(c.averageDelta).toBeCloseTo(c.toAverage! - c.fromAverage!);
  // The reverse direction pairs the same steps.
  const r = compareJourneys(readBoard(doc), future.id, 'journey-current');
  expect(r.matched).toHaveLength(10);
  expect(r.added).toEqual(['pr-step-11']);
  expect(r.removed).toEqual(['new']);
});

test('independent journeys match by title, case and spacing aside, each step at most once', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  addJourney(doc, { name: 'Future', kind: 'future', id: 'f' }, 'x');
  const J = 'journey-current';
  addStep(doc, { journeyId: J, title: 'Call desk', score: 2, id: 'a1' }, 'x');
  addStep(doc, { journeyId: J, title: 'Call desk', score: 3, id: 'a2' }, 'x');
  addStep(doc, { journeyId: J, title: 'Wait', id: 'a3' }, 'x');
  addStep(doc, { journeyId: 'f', title: '  call   DESK ', score: 6, id: 'b1' }, 'x');
  addStep(doc, { journeyId: 'f', title: 'Chat', score: 9, id: 'b2' }, 'x');
  const c = compareJourneys(readBoard(doc), J, 'f');
  expect(c.matched).toEqual([
    { fromStepId: 'a1', toStepId: 'b1', fromScore: 2, toScore: 6, delta: 4, matchedBy: 'title' },
  ]);
  expect(c.removed).toEqual(['a2', 'a3']);
  expect(c.added).toEqual(['b2']);
});
