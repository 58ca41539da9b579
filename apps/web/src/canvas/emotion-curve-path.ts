import type { Point } from '../state/viewport';

export const MIN_SCORE = 1;
export const MAX_SCORE = 10;

export interface CubicSegment {
  readonly cp1: Point;
  readonly cp2: Point;
  readonly end: Point;
}

/** A smooth path: move to `start`, then one cubic Bézier per following point. */
export interface SmoothPath {
  readonly start: Point;
  readonly segments: readonly CubicSegment[];
}

function sign(value: number): number {
  return value < 0 ? -1 : value > 0 ? 1 : 0;
}

/**
 * Monotone cubic interpolation (Steffen's method, as d3's curveMonotoneX): the curve passes through every
 * point and never overshoots between two of them, so a score of 3 next to a 4 is never drawn as a 2.
 * Points must be sorted by x; points with a non-finite coordinate or a repeated x are dropped.
 */
export function monotonePath(input: readonly Point[]): SmoothPath | null {
  const points: Point[] = [];
  for (const point of input) {
    if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) continue;
    const previous = points[points.length - 1];
    if (previous && point.x <= previous.x) continue;
    points.push(point);
  }
  const first = points[0];
  if (!first) return null;
  const n = points.length;
  if (n === 1) return { start: first, segments: [] };
  const widths: number[] = [];
  const secants: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const h = points[i + 1]!.x - points[i]!.x;
    widths.push(h);
    secants.push((points[i + 1]!.y - points[i]!.y) / h);
  }
  const tangents: number[] = new Array(n).fill(0);
  for (let i = 1; i < n - 1; i++) {
    const s0 = secants[i - 1]!;
    const s1 = secants[i]!;
    const h0 = widths[i - 1]!;
    const h1 = widths[i]!;
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    tangents[i] = (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p));
  }
  // One-sided end tangents, clamped so the end segments do not overshoot either.
  const endTangent = (secant: number, inner: number) => {
    const t = (3 * secant - inner) / 2;
    if (sign(t) !== sign(secant)) return 0;
    return Math.abs(t) > 3 * Math.abs(secant) ? 3 * secant : t;
  };
  tangents[0] = n === 2 ? secants[0]! : endTangent(secants[0]!, tangents[1]!);
  tangents[n - 1] = n === 2 ? secants[0]! : endTangent(secants[n - 2]!, tangents[n - 2]!);
  const segments: CubicSegment[] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const third = widths[i]! / 3;
    segments.push({
      cp1: { x: a.x + third, y: a.y + third * tangents[i]! },
      cp2: { x: b.x - third, y: b.y - third * tangents[i + 1]! },
      end: b,
    });
  }
  return { start: first, segments };
}

function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** SVG path data for a smooth path (readable in tests and exports). */
export function toSvgPath(path: SmoothPath | null): string {
  if (!path) return '';
  let d = `M${fmt(path.start.x)},${fmt(path.start.y)}`;
  for (const { cp1, cp2, end } of path.segments) {
    d += `C${fmt(cp1.x)},${fmt(cp1.y)},${fmt(cp2.x)},${fmt(cp2.y)},${fmt(end.x)},${fmt(end.y)}`;
  }
  return d;
}

/**
 * The part of a smooth path between two x positions (plus the segments that cross them): a pan draws only
 * the curve in view instead of stroking the whole journey's path on every frame.
 */
export function clipSmoothPath(path: SmoothPath | null, minX: number, maxX: number): SmoothPath | null {
  if (!path || path.segments.length === 0) return path;
  let first = 0;
  while (first < path.segments.length && path.segments[first]!.end.x < minX) first++;
  let last = path.segments.length - 1;
  while (last >= first && (last === 0 ? path.start.x : path.segments[last - 1]!.end.x) > maxX) last--;
  if (first === 0 && last === path.segments.length - 1) return path;
  if (last < first) return null;
  return {
    start: first === 0 ? path.start : path.segments[first - 1]!.end,
    segments: path.segments.slice(first, last + 1),
  };
}

/** The drawing calls a path needs; a canvas 2D context and Konva's context both have them. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void;
  closePath(): void;
}

/**
 * Traces smooth paths one after the other: the first starts with a move, each later one joins the previous
 * with a line (a band's lower edge continues its upper edge); `closed` closes the outline.
 */
export function traceSmoothPaths(sink: PathSink, paths: readonly SmoothPath[], closed = false): void {
  paths.forEach((path, index) => {
    if (index === 0) sink.moveTo(path.start.x, path.start.y);
    else sink.lineTo(path.start.x, path.start.y);
    for (const { cp1, cp2, end } of path.segments) {
      sink.bezierCurveTo(cp1.x, cp1.y, cp2.x, cp2.y, end.x, end.y);
    }
  });
  if (closed && paths.length > 0) sink.closePath();
}

/**
 * The outline of a band between an upper and a lower series (same x values), e.g. participants' min–max:
 * the upper curve left to right, then the lower curve right to left (close it to fill).
 */
export function bandOutline(upper: readonly Point[], lower: readonly Point[]): SmoothPath[] | null {
  const top = monotonePath(upper);
  const bottom = monotonePath([...lower].reverse().map((p) => ({ x: -p.x, y: p.y })));
  if (!top || !bottom) return null;
  const mirrored: SmoothPath = {
    start: { x: -bottom.start.x, y: bottom.start.y },
    segments: bottom.segments.map(({ cp1, cp2, end }) => ({
      cp1: { x: -cp1.x, y: cp1.y },
      cp2: { x: -cp2.x, y: cp2.y },
      end: { x: -end.x, y: end.y },
    })),
  };
  return [top, mirrored];
}

/** The band outline as closed SVG path data. */
export function bandPath(upper: readonly Point[], lower: readonly Point[]): string {
  const outline = bandOutline(upper, lower);
  if (!outline) return '';
  const lowerPart = toSvgPath(outline[1]!).replace(/^M/, 'L');
  return `${toSvgPath(outline[0]!)}${lowerPart}Z`;
}

/** The y of a score inside the curve row: 10 at the top, 1 at the bottom, `padding` kept free. */
export function scoreToY(score: number, top: number, height: number, padding = 24): number {
  const clamped = Math.min(MAX_SCORE, Math.max(MIN_SCORE, score));
  const usable = Math.max(0, height - 2 * padding);
  return top + padding + ((MAX_SCORE - clamped) / (MAX_SCORE - MIN_SCORE)) * usable;
}

const RED = [220, 38, 38] as const;
const AMBER = [234, 179, 8] as const;
const GREEN = [22, 163, 74] as const;

function mix(a: readonly number[], b: readonly number[], t: number): string {
  const channel = (i: number) =>
    Math.round(a[i]! + (b[i]! - a[i]!) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** The colour of a score: red at 1, amber in the middle, green at 10. */
export function scoreColor(score: number): string {
  const safe = Number.isFinite(score) ? Math.min(MAX_SCORE, Math.max(MIN_SCORE, score)) : MIN_SCORE;
  const t = (safe - MIN_SCORE) / (MAX_SCORE - MIN_SCORE);
  return t <= 0.5 ? mix(RED, AMBER, t * 2) : mix(AMBER, GREEN, (t - 0.5) * 2);
}

/** Gradient stops (offset, colour) from the top of the curve row (score 10) to its bottom (score 1). */
export function scoreGradientStops(steps = 4): (number | string)[] {
  const stops: (number | string)[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    stops.push(t, scoreColor(MAX_SCORE - t * (MAX_SCORE - MIN_SCORE)));
  }
  return stops;
}
