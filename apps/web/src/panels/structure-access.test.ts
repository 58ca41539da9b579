import { expect, test } from 'vitest';
import { editBlock } from '../board/edit-permission';
import { structureAccess } from './structure-access';

test('only a facilitator who may edit gets the structure controls', () => {
  expect(structureAccess('facilitator', null)).toBe('edit');
  expect(structureAccess('participant', null)).toBe('read-only');
  expect(structureAccess('observer', 'observer')).toBe('read-only');
});

test('the lock does not stop the facilitator; a newer document version does', () => {
  expect(structureAccess('facilitator', editBlock('facilitator', true, false))).toBe('edit');
  expect(structureAccess('facilitator', editBlock('facilitator', false, true))).toBe('read-only');
  expect(structureAccess('participant', editBlock('participant', true, false))).toBe('read-only');
});
