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
