import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { collection } from './doc';
import { addJourney, deleteJourney, forkJourney, moveJourney, updateJourney } from './journeys';
import { setRating } from './ratings';
import { journeyStages, journeySteps, readBoard, readBoardWithIssues } from './read';
import { updateStep } from './steps';

const o = 'local';

test('add, update, move and delete journeys', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  addJourney(doc, { name: 'Ideal', kind: 'future', id: 'f' }, o);
  updateJourney(doc, 'f', { name: 'Ideal state' }, o);
  moveJourney(doc, 'f', 0, o);
  expect(readBoard(doc).journeys.map((j) => [j.id, j.name, j.kind])).toEqual([
    ['f', 'Ideal state', 'future'],
    ['journey-current', 'Current state', 'current'],
  ]);
  expect(() => updateJourney(doc, 'f', { kind: 'past' as 'future' }, o)).toThrow(
    /expected one of current, future/,
  );
  expect(deleteJourney(doc, 'f', o)).toBe(true);
  expect(deleteJourney(doc, 'f', o)).toBe(false);
});

test('forking copies stages, steps and notes, remembering their origin; ratings stay', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  setRating(doc, { stepId: 'pr-step-10', participantId: 'p', score: 1 }, o);
  let n = 0;
  const fork = forkJourney(doc, 'journey-current', o, { name: 'Future', makeId: (p) => `${p}${++n}` });
  const board = readBoard(doc);
  expect(fork).toMatchObject({ kind: 'future', forkedFromId: 'journey-current', name: 'Future' });
  const src = journeySteps(board, 'journey-current');
  const copy = journeySteps(board, fork.id);
  expect(copy.map((s) => s.title)).toEqual(src.map((s) => s.title));
  expect(copy.map((s) => s.originStepId)).toEqual(src.map((s) => s.id));
  expect(journeyStages(board, fork.id).map((s) => s.originStageId)).toEqual(
    journeyStages(board, 'journey-current').map((s) => s.id),
  );
  const copiedNotes = board.notes.filter((x) => copy.some((s) => s.id === x.stepId));
  expect(copiedNotes).toHaveLength(4);
  expect(board.ratings).toHaveLength(1);
  // The copy is independent.
  updateStep(doc, copy[0]!.id, { title: 'Changed' }, o);
  expect(journeySteps(readBoard(doc), 'journey-current')[0]?.title).toBe('Cannot log in');
  // Deleting a journey takes its stages, steps and notes along.
  deleteJourney(doc, fork.id, o);
  const after = readBoardWithIssues(doc);
  expect(after.issues).toEqual([]);
  expect(after.board.steps).toHaveLength(11);
  expect(after.board.notes).toHaveLength(4);
});

test('a fork skips entries a peer corrupted and never writes half a fork', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  const bad = new Y.Map<unknown>();
  bad.set('journeyId', 'journey-current');
  bad.set('order', 'a5');
  bad.set('score', 42);
  collection(doc, 'step').set('corrupt', bad);
  const fork = forkJourney(doc, 'journey-current', o);
  expect(journeySteps(readBoard(doc), fork.id)).toHaveLength(11);
  // An id clash is detected before anything is written.
  const before = Y.encodeStateVector(doc).toString();
  let n = 0;
  let clashed = false;
  const clashing = (prefix: string) => {
    if (prefix === 'step-' && !clashed) {
      clashed = true;
      return 'pr-step-01';
    }
    return `${prefix}fresh-${n++}`;
  };
  expect(() => forkJourney(doc, 'journey-current', o, { makeId: clashing })).toThrow(/already in use/);
  let m = 0;
  expect(() => forkJourney(doc, 'journey-current', o, { makeId: () => `same-${m++ % 2}` })).toThrow(
    /not unique/,
  );
  expect(Y.encodeStateVector(doc).toString()).toBe(before);
});
