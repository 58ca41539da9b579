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

test('marking an opportunity done records the day; another status clears it', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  addOpportunity(doc, { title: 'Fix', id: 'fix' }, 'me');
  const today = () => '2026-03-10';
  expect(updateOpportunity(doc, 'fix', { status: 'done' }, 'me', today).doneAt).toBe('2026-03-10');
  // Done again later (e.g. an edit of the status select) keeps the first day.
  expect(updateOpportunity(doc, 'fix', { status: 'done' }, 'me', () => '2026-04-01').doneAt).toBe(
    '2026-03-10',
  );
  expect(updateOpportunity(doc, 'fix', { title: 'Fixed' }, 'me', today).doneAt).toBe('2026-03-10');
  expect(updateOpportunity(doc, 'fix', { status: 'in-progress' }, 'me', today).doneAt).toBeNull();
});
