import fc from 'fast-check';
import { expect, test } from 'vitest';
import { compareOrdered, type Ordered, sortOrdered } from './order';
import { keysForAppend, keysForInsert } from './order-keys';

function applyInsert(items: Ordered[], id: string, index: number): Ordered[] {
  const { key, rekeys } = keysForInsert(items, index);
  return sortOrdered([
    ...items.map((i) => ({ ...i, order: rekeys.get(i.id) ?? i.order })),
    { id, order: key },
  ]);
}

test('inserting at an index lands exactly there', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(50), { maxLength: 30 }), (indices) => {
      let items: Ordered[] = [];
      const expected: string[] = [];
      indices.forEach((raw, n) => {
        const index = raw % (items.length + 1);
        items = applyInsert(items, `i${n}`, index);
        expected.splice(index, 0, `i${n}`);
      });
      expect(items.map((i) => i.id)).toEqual(expected);
    }),
    { numRuns: 100 },
  );
});

test('equal keys from concurrent inserts break ties by id and can still be inserted between', () => {
  const items = [
    { id: 'b', order: 'a0' },
    { id: 'a', order: 'a0' },
    { id: 'c', order: 'a1' },
  ];
  expect(sortOrdered(items).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  expect(applyInsert(items, 'x', 1).map((i) => i.id)).toEqual(['a', 'x', 'b', 'c']);
});

test('a malformed key from a peer is repaired by re-keying the siblings', () => {
  const items = [
    { id: 'a', order: '' },
    { id: 'b', order: '!!' },
  ];
  const result = applyInsert(items, 'x', 2);
  expect(result.map((i) => i.id)).toEqual(['a', 'b', 'x']);
  expect(new Set(result.map((i) => i.order)).size).toBe(3);
});

test('compareOrdered and keysForAppend', () => {
  expect(compareOrdered({ id: 'a', order: 'a0' }, { id: 'a', order: 'a0' })).toBe(0);
  const keys = keysForAppend(3, 'a5');
  expect(keys).toHaveLength(3);
  expect([...keys].sort()).toEqual(keys);
  expect(keys[0]! > 'a5').toBe(true);
  expect(keysForAppend(2, 'garbage!')).toHaveLength(2);
});
