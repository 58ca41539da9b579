// Customers' measured ratings (the feedback link) are whole scores from 1 to 10, so everything about a
// set of them is in its histogram: ten counts. Histograms add, so per-day cells combine into any period
// exactly, in any order, and every statistic below is computed from integers (sums and sums of squares)
// before the one final division: the same numbers whatever order the responses arrived in.

import { SCORE_VALUES } from './score-scale';

/** Counts of the scores 1…10 (index 0 holds the 1s). */
export type ScoreHistogram = readonly number[];

export interface MeasuredStats {
  readonly n: number;
  readonly mean: number;
  readonly median: number;
  /** First and third quartiles (linear interpolation between order statistics, as R's default). */
  readonly q1: number;
  readonly q3: number;
  /** Sample standard deviation (n − 1); 0 for a single response. */
  readonly std: number;
  readonly min: number;
  readonly max: number;
}

export function emptyHistogram(): number[] {
  return new Array<number>(SCORE_VALUES).fill(0);
}

/** True for a whole score from 1 to 10. */
export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= SCORE_VALUES;
}

/** The histogram of these scores (anything that is not a whole 1–10 score is skipped). */
export function histogramOf(scores: Iterable<number>): number[] {
  const out = emptyHistogram();
  for (const score of scores) if (isScore(score)) out[score - 1]!++;
  return out;
}

/** `a + b`, cell by cell. */
export function addHistograms(a: ScoreHistogram, b: ScoreHistogram): number[] {
  const out = emptyHistogram();
  for (let i = 0; i < SCORE_VALUES; i++) out[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return out;
}

export function histogramCount(h: ScoreHistogram): number {
  let n = 0;
  for (let i = 0; i < SCORE_VALUES; i++) n += h[i] ?? 0;
  return n;
}

/** The k-th smallest score (0-based) of the histogram's scores. */
function orderStatistic(h: ScoreHistogram, k: number): number {
  let seen = 0;
  for (let i = 0; i < SCORE_VALUES; i++) {
    seen += h[i] ?? 0;
    if (k < seen) return i + 1;
  }
  return SCORE_VALUES;
}

/** The p-quantile with linear interpolation between order statistics (R type 7). */
function quantile(h: ScoreHistogram, n: number, p: number): number {
  const position = (n - 1) * p;
  const lower = Math.floor(position);
  const fraction = position - lower;
  const a = orderStatistic(h, lower);
  if (fraction === 0) return a;
  const b = orderStatistic(h, lower + 1);
  return a + (b - a) * fraction;
}

/** n, mean, median, quartiles, standard deviation, min and max; null for no responses. */
export function statsOfHistogram(h: ScoreHistogram): MeasuredStats | null {
  let n = 0;
  let sum = 0;
  let squares = 0;
  let min = 0;
  let max = 0;
  for (let i = 0; i < SCORE_VALUES; i++) {
    const count = h[i] ?? 0;
    if (count <= 0) continue;
    const score = i + 1;
    n += count;
    sum += count * score;
    squares += count * score * score;
    if (min === 0) min = score;
    max = score;
  }
  if (n === 0) return null;
  // n·Σx² − (Σx)² is an integer: the variance's numerator carries no rounding.
  const variance = n > 1 ? (n * squares - sum * sum) / (n * (n - 1)) : 0;
  return {
    n,
    mean: sum / n,
    median: quantile(h, n, 0.5),
    q1: quantile(h, n, 0.25),
    q3: quantile(h, n, 0.75),
    std: Math.sqrt(Math.max(0, variance)),
    min,
    max,
  };
}

/** The statistics of a list of scores (through its histogram). */
export function statsOfScores(scores: Iterable<number>): MeasuredStats | null {
  return statsOfHistogram(histogramOf(scores));
}
