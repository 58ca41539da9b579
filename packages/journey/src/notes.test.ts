import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { addNote, deleteNote, moveNote, updateNote } from './notes';
import { addOpportunity } from './opportunities';
import { readBoard, readEntity } from './read';
import { addStep } from './steps';

const o = 'local';
const PAIN = 'lane-pain-points';

function setup() {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  addStep(doc, { journeyId: 'journey-current', id: 's1' }, o);
  addStep(doc, { journeyId: 'journey-current', id: 's2' }, o);
  return doc;
}
const cell = (doc: Y.Doc, stepId: string, laneId: string) =>
  readBoard(doc)
    .notes.filter((n) => n.stepId === stepId && n.laneId === laneId)
    .map((n) => n.text);

test('notes live in a cell, in order, with author and colour', () => {
  const doc = setup();
  const a = addNote(doc, { stepId: 's1', laneId: PAIN, text: 'a', authorId: 'u1', authorName: 'Ann' }, o);
  addNote(doc, { stepId: 's1', laneId: PAIN, text: 'b', color: '#bfdbfe' }, o);
  addNote(doc, { stepId: 's1', laneId: PAIN, text: 'first', index: 0 }, o);
  expect(cell(doc, 's1', PAIN)).toEqual(['first', 'a', 'b']);
  expect(a).toMatchObject({ authorId: 'u1', authorName: 'Ann', color: '#fde68a' });
  expect(() => addNote(doc, { stepId: 'nope', laneId: PAIN }, o)).toThrow(/no step/);
  expect(() => addNote(doc, { stepId: 's1', laneId: 'nope' }, o)).toThrow(/no lane/);
});

test('update, move within and across cells, delete', () => {
  const doc = setup();
  addNote(doc, { stepId: 's1', laneId: PAIN, text: 'a', id: 'a' }, o);
  addNote(doc, { stepId: 's1', laneId: PAIN, text: 'b', id: 'b' }, o);
  updateNote(doc, 'a', { text: 'A', color: '#bbf7d0' }, o);
  expect(readEntity(doc, 'note', 'a')).toMatchObject({ text: 'A', color: '#bbf7d0' });
  moveNote(doc, 'a', { index: 1 }, o);
  expect(cell(doc, 's1', PAIN)).toEqual(['b', 'A']);
  moveNote(doc, 'a', { index: 0, stepId: 's2', laneId: 'lane-backstage' }, o);
  expect(cell(doc, 's2', 'lane-backstage')).toEqual(['A']);
  expect(() => moveNote(doc, 'a', { index: 0, laneId: 'nope' }, o)).toThrow(/no lane/);
  addOpportunity(doc, { title: 't', noteIds: ['a', 'b'], id: 'op' }, o);
  expect(deleteNote(doc, 'a', o)).toBe(true);
  expect(readEntity(doc, 'opportunity', 'op')?.noteIds).toEqual(['b']);
  expect(deleteNote(doc, 'a', o)).toBe(false);
});
