import type { CurvePoint } from '@journeyboard/journey';
import { formatNumber } from '../i18n/format';

export interface ChartPoint {
  readonly stepId: string;
  readonly x: number;
  readonly y: number;
  readonly value: number;
}

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly padding: number;
}

/** The y of a 1–10 score in the chart (10 at the top). */
export function scoreY(value: number, box: ChartBox): number {
  const usable = box.height - 2 * box.padding;
  return box.padding + ((10 - Math.min(10, Math.max(1, value))) / 9) * usable;
}

/**
 * Points of one curve spread over the chart's width by step position; `slots` is the larger journey's
 * step count so both curves share the x scale. Unscored steps leave a gap (no point).
 */
export function chartPoints(curve: readonly CurvePoint[], slots: number, box: ChartBox): ChartPoint[] {
  const span = box.width - 2 * box.padding;
  const step = slots > 1 ? span / (slots - 1) : 0;
  return curve.flatMap((p) =>
    p.value === null
      ? []
      : [
          {
            stepId: p.stepId,
            x: box.padding + (slots > 1 ? p.index * step : span / 2),
            y: scoreY(p.value, box),
            value: p.value,
          },
        ],
  );
}

/** An SVG path through the points in order (straight segments: honest about the measured values). */
export function polylinePath(points: readonly Pick<ChartPoint, 'x' | 'y'>[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
}

/** A signed number for people, as the reader writes numbers: +1.5, −2, 0 (+1,5 in Dutch). */
export function formatDelta(language: string, delta: number | null, digits = 1): string {
  if (delta === null) return '—';
  const rounded = Number(delta.toFixed(digits));
  if (rounded === 0) return '0';
  const abs = formatNumber(language, Math.abs(rounded), {
    minimumFractionDigits: Number.isInteger(rounded) ? 0 : digits,
    maximumFractionDigits: digits,
  });
  return rounded > 0 ? `+${abs}` : `−${abs}`;
}

/** A score as the reader writes numbers: 7, 6.3 (6,3 in Dutch). */
export function formatScore(language: string, value: number | null): string {
  if (value === null) return '—';
  return formatNumber(language, value, {
    minimumFractionDigits: Number.isInteger(value) ? 0 : 1,
    maximumFractionDigits: 1,
  });
}
