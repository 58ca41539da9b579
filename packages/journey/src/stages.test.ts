import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { journeyStages, readBoard, readEntity } from './read';
import { addStage, deleteStage, moveStage, updateStage } from './stages';
import { addStep } from './steps';

const J = 'journey-current';
const o = 'local';

function setup() {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  for (const id of ['a', 'b', 'c']) addStage(doc, { journeyId: J, title: id.toUpperCase(), id }, o);
  return doc;
}
const order = (doc: Y.Doc) => journeyStages(readBoard(doc), J).map((s) => s.id);

test('add, insert at index, update, move stages', () => {
  const doc = setup();
  addStage(doc, { journeyId: J, title: 'Zero', id: 'z', index: 0 }, o);
  expect(order(doc)).toEqual(['z', 'a', 'b', 'c']);
  updateStage(doc, 'a', { title: 'Alpha', description: 'first' }, o);
  expect(readEntity(doc, 'stage', 'a')).toMatchObject({ title: 'Alpha', description: 'first' });
  moveStage(doc, 'z', 3, o);
  expect(order(doc)).toEqual(['a', 'b', 'c', 'z']);
  moveStage(doc, 'c', 0, o);
  expect(order(doc)).toEqual(['c', 'a', 'b', 'z']);
  expect(() => addStage(doc, { journeyId: 'nope' }, o)).toThrow(/no journey/);
  expect(() => updateStage(doc, 'a', { title: 5 as unknown as string }, o)).toThrow(
    'stage.title: expected text',
  );
});

test('steps follow the order of their stages', () => {
  const doc = setup();
  addStep(doc, { journeyId: J, stageId: 'c', title: 'in c' }, o);
  addStep(doc, { journeyId: J, stageId: 'a', title: 'in a' }, o);
  moveStage(doc, 'c', 0, o);
  expect(readBoard(doc).steps.map((s) => s.title)).toEqual(['in c', 'in a']);
});

test('deleting a stage unstages its steps, or deletes them on request', () => {
  const doc = setup();
  addStep(doc, { journeyId: J, stageId: 'a', id: 's1' }, o);
  addStep(doc, { journeyId: J, stageId: 'b', id: 's2' }, o);
  expect(deleteStage(doc, 'a', o)).toBe(true);
  expect(readEntity(doc, 'step', 's1')?.stageId).toBeNull();
  expect(deleteStage(doc, 'b', o, { deleteSteps: true })).toBe(true);
  expect(readEntity(doc, 'step', 's2')).toBeNull();
  expect(order(doc)).toEqual(['c']);
  expect(deleteStage(doc, 'b', o)).toBe(false);
});
