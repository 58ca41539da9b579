import { describe, expect, test } from 'vitest';
import { aggregateFeedback, type MeasuredRating } from './measured';
import { statsOfScores } from './measured-stats';
import { remeasureStep, welchTest } from './remeasure';
import { criticalT, twoSidedP } from './student-t';

describe("Student's t", () => {
  test('matches the tables', () => {
    expect(criticalT(1)).toBeCloseTo(12.706, 3);
    expect(criticalT(10)).toBeCloseTo(2.228, 3);
    expect(criticalT(30)).toBeCloseTo(2.042, 3);
    expect(criticalT(1e6)).toBeCloseTo(1.96, 2);
    expect(twoSidedP(2.228, 10)).toBeCloseTo(0.05, 3);
    expect(twoSidedP(0, 5)).toBeCloseTo(1, 10);
    expect(twoSidedP(Number.POSITIVE_INFINITY, 5)).toBe(0);
  });
});

describe("Welch's test", () => {
  test('a textbook example (unequal variances)', () => {
    // Group means 20 and 22; R: t.test(a, b) gives t = 2.2361 (b − a), df = 7.6923, p = 0.0570.
    const a = statsOfScores([1, 2, 3, 4, 5])!; // mean 3, var 2.5
    const b = statsOfScores([2, 4, 6, 8, 10])!; // mean 6, var 10
    const result = welchTest(a, b);
    expect(result.change).toBe(3);
    // se = √(2.5/5 + 10/5) = √2.5; df = 2.5² / (0.5²/4 + 2²/4) = 6.25 / 1.0625 = 5.882…
    expect(result.p).toBeCloseTo(twoSidedP(3 / Math.sqrt(2.5), 6.25 / 1.0625), 12);
    expect(result.p).toBeGreaterThan(0.05);
    expect(result.larger).toBe(false);
    const [low, high] = result.interval!;
    expect(low).toBeLessThan(0);
    expect(high).toBeGreaterThan(3);
  });

  test('identical constant groups are no change; different constant groups are exact', () => {
    expect(welchTest(statsOfScores([5, 5])!, statsOfScores([5, 5, 5])!).larger).toBe(false);
    expect(welchTest(statsOfScores([5, 5])!, statsOfScores([6, 6])!)).toMatchObject({ larger: true, p: 0 });
  });
});

describe('re-measuring a step around the day its fix was done', () => {
  const at = (day: string) => Date.parse(`${day}T10:00:00Z`);
  const responses = (day: string, scores: readonly number[]): MeasuredRating[] =>
    scores.map((score) => ({ stepId: 's1', score, at: at(day) }));

  test('a clear improvement is larger than the noise', () => {
    const cells = aggregateFeedback([
      ...responses('2026-03-01', [2, 3, 3, 4, 2, 3]),
      ...responses('2026-03-10', [9, 5]), // the done day itself: neither side
      ...responses('2026-03-20', [7, 8, 8, 9, 7, 8]),
    ]);
    const result = remeasureStep(cells, 's1', '2026-03-10');
    expect(result.before?.n).toBe(6);
    expect(result.after?.n).toBe(6);
    expect(result.change).toBeCloseTo(5, 12);
    expect(result.verdict).toBe('larger');
    expect(result.interval![0]).toBeGreaterThan(0);
  });

  test('a small change within the spread is not', () => {
    const cells = aggregateFeedback([
      ...responses('2026-03-01', [2, 8, 5, 6, 3]),
      ...responses('2026-03-20', [3, 9, 5, 7, 4]),
    ]);
    expect(remeasureStep(cells, 's1', '2026-03-10')).toMatchObject({
      change: expect.closeTo(0.8, 12),
      verdict: 'within',
    });
  });

  test('without two responses on each side there is nothing to judge', () => {
    const cells = aggregateFeedback([...responses('2026-03-01', [2, 3]), ...responses('2026-03-20', [9])]);
    expect(remeasureStep(cells, 's1', '2026-03-10')).toMatchObject({ change: 6.5, verdict: 'insufficient' });
    expect(remeasureStep(cells, 'other', '2026-03-10')).toMatchObject({
      change: null,
      verdict: 'insufficient',
    });
  });
});
