/** The q-quantile (0–1) of a sample by linear interpolation between closest ranks; NaN when empty. */
export function percentile(values: readonly number[], q: number): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const position = Math.min(1, Math.max(0, q)) * (finite.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const fraction = position - below;
  return finite[below]! + (finite[above]! - finite[below]!) * fraction;
}

export function summarise(values: readonly number[]): { p50: number; p95: number; max: number } {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    p50: round(percentile(values, 0.5)),
    p95: round(percentile(values, 0.95)),
    max: round(values.length ? Math.max(...values) : Number.NaN),
  };
}
