import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClientItems, type ItemFields } from './client-items';
import { NO_SLOT } from './item-index';

/** What ClientItems must answer, kept the plain way: a sorted list of clock ranges. */
class Model {
  readonly items: ItemFields[] = [];

  add(start: number, length: number, slot: number, kind: number): void {
    for (let clock = start; clock < start + length; clock++) {
      if (this.find(clock) >= 0) continue;
      this.items.push({ start: clock, length: 1, slot, kind });
    }
    this.items.sort((a, b) => a.start - b.start);
  }

  find(clock: number): number {
    return this.items.findIndex((item) => item.start <= clock && clock < item.start + item.length);
  }

  /** Clock by clock: which slot and kind hold it. */
  at(clock: number): { slot: number; kind: number } | undefined {
    const at = this.find(clock);
    return at < 0 ? undefined : { slot: this.items[at]!.slot, kind: this.items[at]!.kind };
  }
}

const slot = fc.oneof(
  fc.constant(NO_SLOT),
  fc.tuple(fc.nat({ max: 3_000 }), fc.nat({ max: 511 })).map(([entry, low]) => entry * 512 + low),
);
const kind = fc.nat({ max: 4 });

/** Mostly appends of one clock (as clients write), with gaps, long items, fills and overlaps. */
const additions = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ gap: fc.constant(0), length: fc.constant(1), slot, kind }) },
    {
      weight: 2,
      arbitrary: fc.record({ gap: fc.nat({ max: 5 }), length: fc.integer({ min: 1, max: 6 }), slot, kind }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        gap: fc.integer({ min: -30, max: -1 }),
        length: fc.integer({ min: 1, max: 8 }),
        slot,
        kind,
      }),
    },
  ),
  { maxLength: 120 },
);

function build(list: readonly { gap: number; length: number; slot: number; kind: number }[]) {
  const items = new ClientItems();
  const model = new Model();
  let clock = 0;
  for (const { gap, length, slot, kind } of list) {
    const start = Math.max(0, clock + gap);
    items.add(start, length, slot, kind);
    model.add(start, length, slot, kind);
    clock = Math.max(clock, start + length);
  }
  return { items, model, end: clock };
}

describe('ClientItems', () => {
  it('answers every clock as a plain list of items would', () => {
    fc.assert(
      fc.property(additions, fc.boolean(), (list, trim) => {
        const { items, model, end } = build(list);
        if (trim) items.trim();
        for (let clock = 0; clock <= end + 2; clock++) {
          const at = items.find(clock);
          const expected = model.at(clock);
          if (!expected) {
            expect(at).toBe(-1);
            continue;
          }
          expect(at).toBeGreaterThanOrEqual(0);
          expect({ slot: items.slot(at), kind: items.kind(at) }).toEqual(expected);
          expect(items.start(at)).toBeLessThanOrEqual(clock);
          expect(items.start(at) + items.length(at)).toBeGreaterThan(clock);
        }
      }),
    );
  });

  it('keeps items sorted, without overlaps, and walks a range from the first item ending after a clock', () => {
    fc.assert(
      fc.property(additions, fc.nat({ max: 200 }), (list, from) => {
        const { items } = build(list);
        const all = [...items.items()];
        for (let at = 1; at < all.length; at++) {
          expect(all[at]!.start).toBeGreaterThanOrEqual(all[at - 1]!.start + all[at - 1]!.length);
        }
        const first = items.firstEndingAfter(from);
        const expected = all.findIndex((item) => item.start + item.length > from);
        expect(first).toBe(expected < 0 ? all.length : expected);
      }),
    );
  });

  it('holds a client writing one clock at a time in a few bytes an item', () => {
    const items = new ClientItems();
    // A step and its nine fields, 500 times: 5,000 items in 500 entries.
    for (let clock = 0; clock < 5_000; clock++) {
      const entry = Math.floor(clock / 10);
      items.add(clock, 1, entry * 512 + (clock % 10), clock % 10 === 0 ? 1 : 0);
    }
    items.trim();
    expect(items.count).toBe(5_000);
    expect(items.slot(4_321)).toBe(432 * 512 + 1);
    expect(items.kind(4_320)).toBe(1);
    // 2 bytes an item, 8 a run of one entry, one segment.
    expect(items.byteLength).toBe(5_000 * 2 + 500 * 8 + 24);
  });

  it('keeps what it holds when an item repeats known clocks', () => {
    const items = new ClientItems();
    items.add(0, 1, 512, 1);
    items.add(1, 1, 513, 0);
    items.add(0, 3, 2048, 0);
    expect([...items.items()]).toEqual([
      { start: 0, length: 1, slot: 512, kind: 1 },
      { start: 1, length: 1, slot: 513, kind: 0 },
      { start: 2, length: 1, slot: 2048, kind: 0 },
    ]);
  });
});
