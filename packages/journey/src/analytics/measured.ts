import type { CurvePoint } from './curve';
import {
  addHistograms,
  emptyHistogram,
  isScore,
  type MeasuredStats,
  type ScoreHistogram,
  statsOfHistogram,
} from './measured-stats';
import { type MomentOptions, type MomentSuggestion, suggestMomentsOfTruth } from './moments';

// Customers' ratings from the feedback link, per step and period, beside the workshop's (assumed) curve.
// The relay publishes one histogram per step and UTC day (`aggregateFeedback`); periods (months, the whole
// time, before/after a date) are sums of days, so nothing is lost by publishing days.

/** Below this many responses a step's measured score is shown but does not replace the workshop's. */
export const MEASURED_MIN_RESPONSES = 5;

/** One customer's rating of one step, with the moment it was (last) given. */
export interface MeasuredRating {
  readonly stepId: string;
  readonly score: number;
  /** Milliseconds since the epoch. */
  readonly at: number;
}

/** Step id → UTC day (`YYYY-MM-DD`) → histogram of the scores given that day. */
export type MeasuredCells = ReadonlyMap<string, ReadonlyMap<string, ScoreHistogram>>;

export type PeriodGranularity = 'day' | 'month' | 'all';

/** The UTC day of a moment, `YYYY-MM-DD`. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** The period a day belongs to: itself, its month (`YYYY-MM`) or `all`. */
export function periodOf(day: string, granularity: PeriodGranularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return day.slice(0, 7);
  return 'all';
}

/** Per step and day, the histogram of the ratings (ratings that are not whole 1–10 scores are skipped). */
export function aggregateFeedback(ratings: Iterable<MeasuredRating>): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>();
  for (const { stepId, score, at } of ratings) {
    if (!isScore(score) || !Number.isFinite(at)) continue;
    let days = out.get(stepId);
    if (!days) {
      days = new Map();
      out.set(stepId, days);
    }
    const day = dayOf(at);
    let cell = days.get(day);
    if (!cell) {
      cell = emptyHistogram();
      days.set(day, cell);
    }
    cell[score - 1]!++;
  }
  return out;
}

/** Days `from` (inclusive) to `to` (exclusive), `YYYY-MM-DD`; either side open when missing. */
export interface DayRange {
  readonly from?: string;
  readonly to?: string;
}

function inRange(day: string, range: DayRange): boolean {
  return (range.from === undefined || day >= range.from) && (range.to === undefined || day < range.to);
}

/** One step's histogram over a range of days. */
export function stepHistogram(
  days: ReadonlyMap<string, ScoreHistogram> | undefined,
  range: DayRange = {},
): number[] {
  let out = emptyHistogram();
  if (!days) return out;
  for (const [day, cell] of days) if (inRange(day, range)) out = addHistograms(out, cell);
  return out;
}

/** Each step's statistics over a range of days (steps without responses in it are left out). */
export function measuredByStep(cells: MeasuredCells, range: DayRange = {}): Map<string, MeasuredStats> {
  const out = new Map<string, MeasuredStats>();
  for (const [stepId, days] of cells) {
    const stats = statsOfHistogram(stepHistogram(days, range));
    if (stats) out.set(stepId, stats);
  }
  return out;
}

/** One step's statistics per period, oldest period first. */
export function measuredByPeriod(
  cells: MeasuredCells,
  stepId: string,
  granularity: PeriodGranularity,
): { period: string; stats: MeasuredStats }[] {
  const sums = new Map<string, number[]>();
  for (const [day, cell] of cells.get(stepId) ?? []) {
    const period = periodOf(day, granularity);
    sums.set(period, addHistograms(sums.get(period) ?? emptyHistogram(), cell));
  }
  const out: { period: string; stats: MeasuredStats }[] = [];
  for (const [period, h] of sums) {
    const stats = statsOfHistogram(h);
    if (stats) out.push({ period, stats });
  }
  return out.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

export interface Disagreement {
  readonly stepId: string;
  readonly index: number;
  readonly title: string;
  /** The workshop's score (consensus, or the participants' mean). */
  readonly assumed: number;
  readonly measured: MeasuredStats;
  /** measured mean − assumed: negative when customers rate the step lower than the room did. */
  readonly difference: number;
  /**
   * Whether the assumed score lies outside the measured mean's 95% interval (mean ± 1.96·s/√n): the
   * difference is more than the customers' own spread would give by chance.
   */
  readonly beyondNoise: boolean;
}

/**
 * Steps where customers and the workshop disagree, most first (by the size of the difference; ties in
 * journey order). Only steps with an assumed score and at least `minResponses` measured ones.
 */
export function rankDisagreements(
  curve: readonly CurvePoint[],
  measured: ReadonlyMap<string, MeasuredStats>,
  minResponses: number = MEASURED_MIN_RESPONSES,
): Disagreement[] {
  const out: Disagreement[] = [];
  for (const point of curve) {
    const stats = measured.get(point.stepId);
    if (point.value === null || !stats || stats.n < minResponses) continue;
    const difference = stats.mean - point.value;
    const halfWidth = (1.96 * stats.std) / Math.sqrt(stats.n);
    out.push({
      stepId: point.stepId,
      index: point.index,
      title: point.title,
      assumed: point.value,
      measured: stats,
      difference,
      beyondNoise: Math.abs(difference) > halfWidth,
    });
  }
  return out.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.index - b.index);
}

/**
 * The curve with each step's value replaced by its measured mean where at least `minResponses`
 * customers rated it; other steps keep the workshop's value.
 */
export function measuredCurve(
  curve: readonly CurvePoint[],
  measured: ReadonlyMap<string, MeasuredStats>,
  minResponses: number = MEASURED_MIN_RESPONSES,
): CurvePoint[] {
  return curve.map((point) => {
    const stats = measured.get(point.stepId);
    return stats && stats.n >= minResponses ? { ...point, value: stats.mean } : point;
  });
}

/** Moment-of-truth suggestions on the measured curve (steps with enough responses take their measured mean). */
export function suggestMeasuredMoments(
  curve: readonly CurvePoint[],
  measured: ReadonlyMap<string, MeasuredStats>,
  minResponses: number = MEASURED_MIN_RESPONSES,
  options: MomentOptions = {},
): MomentSuggestion[] {
  return suggestMomentsOfTruth(measuredCurve(curve, measured, minResponses), options);
}
