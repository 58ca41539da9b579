import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { laneStepField } from './defaults';
import { addLane, deleteLane, moveLane, updateLane } from './lanes';
import { addNote } from './notes';
import { addOpportunity } from './opportunities';
import { readBoard, readEntity } from './read';
import { addStep } from './steps';

const o = 'local';

test('default lanes, and which step field each shows', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  const lanes = readBoard(doc).lanes;
  expect(lanes.map((l) => l.kind)).toEqual([
    'doing',
    'thinking',
    'feeling',
    'people-systems',
    'pain-points',
    'opportunities',
    'backstage',
  ]);
  expect(lanes.map((l) => laneStepField(l.kind))).toEqual([
    'doing',
    'thinking',
    'feeling',
    'people-systems',
    null,
    null,
    null,
  ]);
});

test('add, update, move, delete lanes; deleting a lane deletes its notes', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  addLane(doc, { kind: 'custom', title: 'Quotes', id: 'q', index: 0 }, o);
  expect(readBoard(doc).lanes[0]?.id).toBe('q');
  updateLane(doc, 'q', { title: 'Customer quotes' }, o);
  expect(readEntity(doc, 'lane', 'q')?.title).toBe('Customer quotes');
  expect(() => updateLane(doc, 'q', { kind: 'weird' as 'custom' }, o)).toThrow(/lane.kind: expected one of/);
  moveLane(doc, 'q', 99, o);
  expect(readBoard(doc).lanes.at(-1)?.id).toBe('q');
  addStep(doc, { journeyId: 'journey-current', id: 's' }, o);
  addNote(doc, { stepId: 's', laneId: 'q', text: 'hi', id: 'n' }, o);
  addOpportunity(doc, { title: 'x', noteIds: ['n'], id: 'op' }, o);
  expect(deleteLane(doc, 'q', o)).toBe(true);
  expect(readBoard(doc).notes).toEqual([]);
  expect(readEntity(doc, 'opportunity', 'op')?.noteIds).toEqual([]);
  expect(deleteLane(doc, 'q', o)).toBe(false);
});
