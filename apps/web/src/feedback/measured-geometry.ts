import {
  type CurvePoint,
  type Disagreement,
  MEASURED_MIN_RESPONSES,
  type MeasuredStats,
  rankDisagreements,
} from '@journeyboard/journey';

/** How many of the steps that disagree most are highlighted on the canvas and in the panel. */
export const HIGHLIGHTED_DISAGREEMENTS = 3;

export interface MeasuredPoint {
  readonly stepId: string;
  readonly column: number;
  readonly stats: MeasuredStats;
  /** At least the threshold of responses: drawn solid, used for suggestions. */
  readonly enough: boolean;
}

/** A step as the canvas lays it out: its column and the workshop's (assumed) score, if any. */
export interface PlacedStep {
  readonly stepId: string;
  readonly column: number;
  readonly title: string;
  readonly assumed: number | null;
}

/** The measured points in column order, and runs of neighbouring columns (the line and band never jump a gap). */
export function measuredPoints(
  steps: readonly PlacedStep[],
  measured: ReadonlyMap<string, MeasuredStats>,
  threshold: number = MEASURED_MIN_RESPONSES,
): { points: MeasuredPoint[]; runs: MeasuredPoint[][] } {
  const points: MeasuredPoint[] = [];
  for (const step of [...steps].sort((a, b) => a.column - b.column)) {
    const stats = measured.get(step.stepId);
    if (stats) points.push({ stepId: step.stepId, column: step.column, stats, enough: stats.n >= threshold });
  }
  const runs: MeasuredPoint[][] = [];
  for (const point of points) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && point.column === last.column + 1) run.push(point);
    else runs.push([point]);
  }
  return { points, runs };
}

/** The steps where customers and the workshop disagree most, beyond the noise, at most `limit`. */
export function highlightedDisagreements(
  steps: readonly PlacedStep[],
  measured: ReadonlyMap<string, MeasuredStats>,
  threshold: number = MEASURED_MIN_RESPONSES,
  limit = HIGHLIGHTED_DISAGREEMENTS,
): Disagreement[] {
  const curve: CurvePoint[] = steps.map((s) => ({
    stepId: s.stepId,
    index: s.column,
    title: s.title,
    emotion: null,
    consensus: s.assumed,
    participants: null,
    value: s.assumed,
  }));
  return rankDisagreements(curve, measured, threshold)
    .filter((d) => d.beyondNoise)
    .slice(0, limit);
}
