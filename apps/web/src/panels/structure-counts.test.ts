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
  expect(countLabel(0, 'step')).toBe('no steps');
  expect(countLabel(1, 'card')).toBe('1 card');
  expect(countLabel(4, 'sticky note')).toBe('4 sticky notes');
});
