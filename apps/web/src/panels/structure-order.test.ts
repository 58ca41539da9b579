import { expect, test } from 'vitest';
import { movedIds, neighbourIndex } from './structure-order';

const ids = ['a', 'b', 'c'];

test('moving up or down targets the neighbour index', () => {
  expect(neighbourIndex(ids, 'b', -1)).toBe(0);
  expect(neighbourIndex(ids, 'b', 1)).toBe(2);
  expect(neighbourIndex(ids, 'c', -1)).toBe(1);
  expect(neighbourIndex(ids, 'a', 1)).toBe(1);
});

test('the ends and unknown ids cannot move', () => {
  expect(neighbourIndex(ids, 'a', -1)).toBeNull();
  expect(neighbourIndex(ids, 'c', 1)).toBeNull();
  expect(neighbourIndex(ids, 'z', 1)).toBeNull();
  expect(neighbourIndex([], 'a', -1)).toBeNull();
  expect(neighbourIndex(['a'], 'a', 1)).toBeNull();
});

test('movedIds swaps with the neighbour and leaves the ends alone', () => {
  expect(movedIds(ids, 'a', 1)).toEqual(['b', 'a', 'c']);
  expect(movedIds(ids, 'c', -1)).toEqual(['a', 'c', 'b']);
  expect(movedIds(ids, 'b', -1)).toEqual(['b', 'a', 'c']);
  expect(movedIds(ids, 'a', -1)).toEqual(ids);
  expect(movedIds(ids, 'c', 1)).toEqual(ids);
});
