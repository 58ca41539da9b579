import type { Size, Viewport } from '../state/viewport';
import { visibleColumnRange } from './layout';

/** Columns and board rows to render. Ranges are widened to chunks so a pan re-renders only now and then. */
export interface VisibleRange {
  readonly first: number;
  readonly last: number;
  readonly top: number;
  readonly bottom: number;
}

export const COLUMN_CHUNK = 4;
export const ROW_CHUNK = 400;

export function visibleRange(viewport: Viewport, size: Size, columnCount: number): VisibleRange {
  const left = -viewport.x / viewport.scale;
  const right = left + Math.max(size.width, 1) / viewport.scale;
  const { first, last } = visibleColumnRange(columnCount, left, right, 1);
  const top = -viewport.y / viewport.scale;
  const bottom = top + Math.max(size.height, 1) / viewport.scale;
  return {
    first: Math.max(0, Math.floor(first / COLUMN_CHUNK) * COLUMN_CHUNK),
    last:
      last < first
        ? last
        : Math.min(columnCount - 1, Math.ceil((last + 1) / COLUMN_CHUNK) * COLUMN_CHUNK - 1),
    top: Math.floor(top / ROW_CHUNK) * ROW_CHUNK,
    bottom: Math.ceil(bottom / ROW_CHUNK) * ROW_CHUNK,
  };
}

export function sameRange(a: VisibleRange, b: VisibleRange): boolean {
  return a.first === b.first && a.last === b.last && a.top === b.top && a.bottom === b.bottom;
}

/** How much detail to draw: text costs the most, and is unreadable when zoomed far out anyway. */
export type DetailLevel = 'full' | 'titles' | 'shapes';

export function detailLevel(scale: number): DetailLevel {
  if (scale >= 0.5) return 'full';
  if (scale >= 0.25) return 'titles';
  return 'shapes';
}

/**
 * One animation frame's step from the rendered column range toward the wanted one: shrinking happens at
 * once, growing by at most `perFrame` columns on each side, so a pan or zoom never mounts a burst of
 * columns in a single frame. A wanted range that does not touch the rendered one is jumped to directly.
 */
export function stepRangeToward(current: VisibleRange, target: VisibleRange, perFrame = 2): VisibleRange {
  const disjoint = current.last < current.first || target.first > current.last || target.last < current.first;
  if (disjoint) {
    // Start from the middle of the wanted range and grow from there.
    const middle = Math.floor((target.first + target.last) / 2);
    const first = Math.max(target.first, middle - perFrame);
    return { ...target, first, last: Math.min(target.last, Math.max(first, middle + perFrame)) };
  }
  const first =
    target.first >= current.first ? target.first : Math.max(target.first, current.first - perFrame);
  const last = target.last <= current.last ? target.last : Math.min(target.last, current.last + perFrame);
  return { first, last, top: target.top, bottom: target.bottom };
}

/**
 * The rows of a column drawn so far: those starting above `reach` (a board y). The first render of a
 * board draws only what is above the bottom of the screen; the rest follows right after (see
 * use-row-reach). Returns the same array when nothing is left out, so columns keep their props.
 */
export function rowsInReach<Row extends { readonly y: number }>(
  rows: readonly Row[],
  reach: number,
): readonly Row[] {
  if (rows.every((row) => row.y < reach)) return rows;
  return rows.filter((row) => row.y < reach);
}

/**
 * The columns to mount: those in view and `margin` more on each side (within the board), so a pan meets
 * columns already built. An empty range stays empty.
 */
export function withOverscan(range: VisibleRange, margin: number, columnCount: number): VisibleRange {
  if (range.last < range.first) return range;
  return {
    ...range,
    first: Math.max(0, range.first - margin),
    last: Math.min(columnCount - 1, range.last + margin),
  };
}

/** Whether the mounted columns include every one in view. */
export function coversRange(
  mounted: { readonly first: number; readonly last: number },
  wanted: { readonly first: number; readonly last: number },
): boolean {
  if (wanted.last < wanted.first) return true;
  return mounted.first <= wanted.first && mounted.last >= wanted.last;
}
