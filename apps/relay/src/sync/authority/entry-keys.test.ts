import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryKeys } from './entry-keys';

describe('EntryKeys', () => {
  it('numbers (root, key) pairs as a map of strings would, whatever the characters', () => {
    const key = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('', 'step-1', 'step-10', 'stép', '步骤', '😀'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 3 }), key), { maxLength: 200 }),
        fc.boolean(),
        (pairs, trim) => {
          const keys = new EntryKeys();
          const model = new Map<string, number>();
          for (const [root, name] of pairs) {
            const expected = model.get(`${root}\u0000${name}`) ?? model.size;
            model.set(`${root}\u0000${name}`, expected);
            expect(keys.add(root, name)).toBe(expected);
            if (trim) keys.trim();
          }
          expect(keys.count).toBe(model.size);
          for (const [pair, id] of model) {
            const [root, name] = [
              Number(pair.slice(0, pair.indexOf('\u0000'))),
              pair.slice(pair.indexOf('\u0000') + 1),
            ];
            expect(keys.find(root, name)).toBe(id);
            expect(keys.key(id)).toBe(name);
            expect(keys.root(id)).toBe(root);
            expect(keys.find(root + 4, name)).toBe(-1);
            expect(keys.find(root, `${name}x`)).toBe(model.get(`${root}\u0000${name}x`) ?? -1);
          }
        },
      ),
    );
  });

  it('keeps a long key whole', () => {
    const keys = new EntryKeys();
    const long = 'k'.repeat(10_000) + 'é'.repeat(5_000);
    const id = keys.add(0, long);
    expect(keys.key(id)).toBe(long);
    expect(keys.find(0, long)).toBe(id);
  });

  it('holds Latin-1 ids in about 35 bytes each', () => {
    const keys = new EntryKeys();
    for (let index = 0; index < 1_000; index++)
      keys.add(index % 6, `step-${String(index).padStart(16, '0')}`);
    keys.trim();
    // 21 characters, a start, a root code, and at most four table slots of 4 bytes (the table is kept
    // at most half full, and doubles).
    expect(keys.byteLength).toBeLessThanOrEqual(1_000 * (21 + 4 + 4) + 4 + 2_048 * 4);
  });
});

describe('EntryKeys against keys chosen to collide', () => {
  it('spreads keys that differ only in the high bits of their characters', () => {
    const keys = new EntryKeys();
    // Without mixing, FNV-1a's low 12 bits (the table's 4,096 slots) ignore the characters' top 4 bits:
    // these keys would all land in one run of slots.
    const chosen = Array.from({ length: 2_000 }, (_, index) =>
      String.fromCharCode(
        0x1000 * (1 + (index % 15)),
        0x1000 * (1 + (Math.floor(index / 15) % 15)),
        0x1000 * (1 + Math.floor(index / 225)),
      ),
    );
    for (const key of chosen) keys.add(0, key);
    const slots = (keys as unknown as { table: Int32Array }).table;
    // Longest run of occupied slots: short when the keys are spread (linear probing walks it on a miss).
    let longest = 0;
    let run = 0;
    for (const id of [...slots, ...slots]) {
      run = id === -1 ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeLessThan(100);
    for (const [index, key] of chosen.entries()) expect(keys.find(0, key)).toBe(index);
  });
});
