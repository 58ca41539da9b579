import { expect, test } from 'vitest';
import { countBy, countLabel, sameCounts } from './structure-counts';

test('countBy counts items per referenced id and skips nulls', () => {
  const items = [{ ref: 'a' }, { ref: 'b' }, { ref: 'a' }, { ref: null }];
  const counts = countBy(items, (item) => item.ref);
  expect([...counts]).toEqual([
    ['a', 2],
    ['b', 1],
  ]);
  expect(countBy([], () => 'x').size).toBe(0);
});

test('sameCounts compares by content', () => {
  const a = new Map([
    ['a', 2],
    ['b', 1],
  ]);
  expect(
    sameCounts(
      a,
      new Map([
        ['b', 1],
        ['a', 2],
      ]),
    ),
  ).toBe(true);
  expect(sameCounts(a, new Map([['a', 2]]))).toBe(false);
  expect(
    sameCounts(
      a,
      new Map([
        ['a', 2],
        ['b', 2],
      ]),
    ),
  ).toBe(false);
  expect(
    sameCounts(
      a,
      new Map([
        ['a', 2],
        ['c', 1],
      ]),
    ),
  ).toBe(false);
});

test('countLabel reads naturally', () => {
  expect(countLabel('stage', 0)).toBe('no steps');
  expect(countLabel('stage', 1)).toBe('1 step');
  expect(countLabel('channel', 1)).toBe('1 card');
  expect(countLabel('channel', 2)).toBe('2 cards');
  expect(countLabel('lane', 4)).toBe('4 notes');
});
