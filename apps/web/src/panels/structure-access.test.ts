import { expect, test } from 'vitest';
import { editBlock } from '../board/edit-permission';
import { structureAccess } from './structure-access';

const can = (role: 'facilitator' | 'participant' | 'observer', locked: boolean, newer: boolean) =>
  structureAccess(role, editBlock(role, locked, newer) === null);

test('only a facilitator who may edit gets the structure controls', () => {
  expect(can('facilitator', false, false)).toBe('edit');
  expect(can('participant', false, false)).toBe('read-only');
  expect(can('observer', false, false)).toBe('read-only');
});

test('the lock does not stop the facilitator; a newer document version does', () => {
  expect(can('facilitator', true, false)).toBe('edit');
  expect(can('facilitator', false, true)).toBe('read-only');
  expect(can('participant', true, false)).toBe('read-only');
});
