import { type MeasuredCells, stepHistogram } from './measured';
import { type MeasuredStats, statsOfHistogram } from './measured-stats';
import { criticalT, twoSidedP } from './student-t';

// Re-measuring after a fix: a step's customer scores before and after the day an opportunity was done.
//
// Is the change more than noise? The two groups are different customers with possibly different spreads,
// so the test is Welch's t-test (no equal-variance assumption):
//   se = √(s₁²/n₁ + s₂²/n₂),  t = (x̄₂ − x̄₁) / se,
//   df = se⁴ / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1))   (Welch–Satterthwaite).
// The change "exceeds noise" when the two-sided p-value is below 5%, i.e. the 95% confidence interval of
// the difference, (x̄₂ − x̄₁) ± t₀.₉₇₅(df)·se, does not contain 0. Scores are bounded 1–10 and often
// skewed, but the t-test of means is robust for the tens of responses this is meant for; with fewer than
// two responses on a side there is no spread to judge by, and the answer is "not enough data".
//
// The done day itself belongs to neither side: it holds responses from both before and after the fix.

export interface Remeasure {
  readonly stepId: string;
  /** The day the fix was done (`YYYY-MM-DD`): before is earlier days, after is later days. */
  readonly day: string;
  readonly before: MeasuredStats | null;
  readonly after: MeasuredStats | null;
  /** after.mean − before.mean; null without responses on both sides. */
  readonly change: number | null;
  /** The 95% confidence interval of the change; null when it cannot be judged. */
  readonly interval: readonly [number, number] | null;
  /** Welch's two-sided p-value; null when it cannot be judged. */
  readonly p: number | null;
  /** `larger`: the change is beyond the noise (p < 0.05); `within`: it is not; `insufficient`: n < 2 on a side. */
  readonly verdict: 'larger' | 'within' | 'insufficient';
}

/** The day after `day` (`YYYY-MM-DD`, UTC). */
function nextDay(day: string): string {
  const at = Date.parse(`${day}T00:00:00Z`);
  return new Date(at + 86_400_000).toISOString().slice(0, 10);
}

/** Welch's test of two groups (see above). */
export function welchTest(
  before: MeasuredStats,
  after: MeasuredStats,
  alpha = 0.05,
): { change: number; interval: readonly [number, number] | null; p: number | null; larger: boolean } {
  const change = after.mean - before.mean;
  if (before.n < 2 || after.n < 2) return { change, interval: null, p: null, larger: false };
  const v1 = (before.std * before.std) / before.n;
  const v2 = (after.std * after.std) / after.n;
  const se = Math.sqrt(v1 + v2);
  if (se === 0) {
    // Every response on each side gave the same score: any difference is exact, none is noise.
    return { change, interval: [change, change], p: change === 0 ? 1 : 0, larger: change !== 0 };
  }
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (before.n - 1) + v2 ** 2 / (after.n - 1));
  const p = twoSidedP(change / se, df);
  const margin = criticalT(df, alpha) * se;
  return { change, interval: [change - margin, change + margin], p, larger: p < alpha };
}

/** One step's scores before and after `day`, and whether the change is more than noise. */
export function remeasureStep(cells: MeasuredCells, stepId: string, day: string): Remeasure {
  const days = cells.get(stepId);
  const before = statsOfHistogram(stepHistogram(days, { to: day }));
  const after = statsOfHistogram(stepHistogram(days, { from: nextDay(day) }));
  if (!before || !after) {
    return { stepId, day, before, after, change: null, interval: null, p: null, verdict: 'insufficient' };
  }
  const test = welchTest(before, after);
  return {
    stepId,
    day,
    before,
    after,
    change: test.change,
    interval: test.interval,
    p: test.p,
    verdict: test.p === null ? 'insufficient' : test.larger ? 'larger' : 'within',
  };
}
