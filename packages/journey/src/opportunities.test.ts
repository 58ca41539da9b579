import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { addOpportunity, deleteOpportunity, moveOpportunity, updateOpportunity } from './opportunities';
import { readBoard, readEntity } from './read';

const o = 'local';

test('add, update, move, delete opportunities with validation', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  const added = addOpportunity(doc, { title: 'Chatbot for resets', stepIds: ['pr-step-03'], id: 'new' }, o);
  expect(added).toMatchObject({ status: 'idea', priority: 'medium', votes: 0, deadline: null, owner: '' });
  updateOpportunity(doc, 'new', { status: 'in-progress', deadline: '2026-12-31', owner: 'SD', votes: 3 }, o);
  expect(readEntity(doc, 'opportunity', 'new')).toMatchObject({
    status: 'in-progress',
    deadline: '2026-12-31',
    votes: 3,
  });
  expect(() => updateOpportunity(doc, 'new', { deadline: '31/12/2026' }, o)).toThrow(/date like 2024-05-31/);
  expect(() => updateOpportunity(doc, 'new', { status: 'blocked' as 'done' }, o)).toThrow(/expected one of/);
  expect(() => updateOpportunity(doc, 'new', { votes: -1 }, o)).toThrow(/whole number/);
  moveOpportunity(doc, 'new', 0, o);
  expect(readBoard(doc).opportunities[0]?.id).toBe('new');
  expect(deleteOpportunity(doc, 'new', o)).toBe(true);
  expect(deleteOpportunity(doc, 'new', o)).toBe(false);
});
