import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClockRanges } from './clock-ranges';

/** The clocks of a set, one by one: the model the ranges must agree with. */
function clocksOf(ranges: ClockRanges): Set<number> {
  const clocks = new Set<number>();
  for (const [start, end] of ranges.ranges()) for (let clock = start; clock < end; clock++) clocks.add(clock);
  return clocks;
}

const range = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => [start, start + length] as const);

describe('ClockRanges', () => {
  it('merges touching and overlapping ranges and keeps them sorted', () => {
    const ranges = new ClockRanges();
    ranges.add(10, 12);
    ranges.add(0, 3);
    ranges.add(3, 5);
    ranges.add(11, 20);
    ranges.add(30, 31);
    expect([...ranges.ranges()]).toEqual([
      [0, 5],
      [10, 20],
      [30, 31],
    ]);
    ranges.add(4, 30);
    expect([...ranges.ranges()]).toEqual([[0, 31]]);
  });

  it('knows the contiguous end from clock 0 and whether something follows a gap', () => {
    const ranges = new ClockRanges();
    expect(ranges.contiguousEnd).toBe(0);
    expect(ranges.hasGap).toBe(false);
    ranges.add(5, 8);
    expect(ranges.contiguousEnd).toBe(0);
    expect(ranges.hasGap).toBe(true);
    ranges.add(0, 5);
    expect(ranges.contiguousEnd).toBe(8);
    expect(ranges.hasGap).toBe(false);
    ranges.add(9, 10);
    expect(ranges.hasGap).toBe(true);
  });

  it('agrees with a set of clocks for any sequence of additions', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 25 }), range, (added, [start, end]) => {
        const ranges = new ClockRanges();
        const model = new Set<number>();
        for (const [from, to] of added) {
          ranges.add(from, to);
          for (let clock = from; clock < to; clock++) model.add(clock);
        }
        expect(clocksOf(ranges)).toEqual(model);
        const bounds = [...ranges.ranges()].flat();
        // Sorted, disjoint and never touching (touching ranges are merged).
        for (let index = 1; index < bounds.length; index++) {
          expect(bounds[index]!).toBeGreaterThan(bounds[index - 1]!);
        }
        const inQuery = [...Array(end - start).keys()].map((offset) => start + offset);
        expect(ranges.covers(start, end)).toBe(inQuery.every((clock) => model.has(clock)));
        const missing = ranges
          .missing(start, end)
          .flatMap(([from, to]) => [...Array(to - from).keys()].map((offset) => from + offset));
        expect(missing).toEqual(inQuery.filter((clock) => !model.has(clock)));
      }),
      { numRuns: 500 },
    );
  });
});
