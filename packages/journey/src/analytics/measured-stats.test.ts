import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addHistograms, histogramOf, statsOfHistogram, statsOfScores } from './measured-stats';

const scores = fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 300 });

/** R's type-7 quantile of a sorted list, the textbook way. */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

describe('measured statistics', () => {
  test('known values', () => {
    expect(statsOfScores([1, 2, 3, 4, 10])).toEqual({
      n: 5,
      mean: 4,
      median: 3,
      q1: 2,
      q3: 4,
      std: Math.sqrt(12.5),
      min: 1,
      max: 10,
    });
    expect(statsOfScores([7])).toMatchObject({ n: 1, mean: 7, median: 7, std: 0 });
    expect(statsOfScores([4, 6])).toMatchObject({ median: 5, q1: 4.5, q3: 5.5 });
    expect(statsOfScores([])).toBeNull();
    expect(statsOfScores([0, 11, 2.5, Number.NaN])).toBeNull();
  });

  test('order-independent and exact: any permutation gives identical numbers', () => {
    fc.assert(
      fc.property(
        scores.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(statsOfScores(shuffled)).toEqual(statsOfScores(list));
        },
      ),
    );
  });

  test('splitting the responses into parts and adding the parts’ histograms changes nothing', () => {
    fc.assert(
      fc.property(scores, scores, scores, (a, b, c) => {
        const parts = addHistograms(addHistograms(histogramOf(a), histogramOf(b)), histogramOf(c));
        expect(parts).toEqual(histogramOf([...c, ...a, ...b]));
        expect(statsOfHistogram(parts)).toEqual(statsOfScores([...a, ...b, ...c]));
      }),
    );
  });

  test('agrees with the textbook definitions', () => {
    fc.assert(
      fc.property(
        scores.filter((l) => l.length > 0),
        (list) => {
          const sorted = [...list].sort((x, y) => x - y);
          const n = list.length;
          const sum = list.reduce((s, x) => s + x, 0);
          const stats = statsOfScores(list)!;
          expect(stats.n).toBe(n);
          expect(stats.mean).toBe(sum / n);
          expect(stats.median).toBe(quantile(sorted, 0.5));
          expect(stats.q1).toBeCloseTo(quantile(sorted, 0.25), 12);
          expect(stats.q3).toBeCloseTo(quantile(sorted, 0.75), 12);
          expect(stats.min).toBe(sorted[0]);
          expect(stats.max).toBe(sorted[n - 1]);
          const mean = sum / n;
          const naive = n > 1 ? Math.sqrt(list.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : 0;
          expect(stats.std).toBeCloseTo(naive, 9);
        },
      ),
    );
  });
});
