import { type Insets, NO_INSETS, type Size, type Viewport, visibleArea } from '../state/viewport';
import type { Anchor } from './editor-geometry';
import { ROW_HEADER_WIDTH, TOP_HEIGHT } from './layout';

/** Screen pixels kept between something brought into view and the edge of what covers it. */
export const REVEAL_MARGIN = 8;

/** The shift along one axis that brings [start, start + length] inside [low, high], or 0 when it is. */
function shiftInto(start: number, length: number, low: number, high: number): number {
  if (start < low) return low - start;
  const end = start + length;
  // Too long to fit: its start stays in view.
  if (end > high) return Math.max(high - end, low - start);
  return 0;
}

/**
 * The viewport that shows `anchor` (what was just added, edited or focused) with the least movement: not
 * under the pinned stage band and step headers, not under the row headers, not under what floats over
 * the canvas (`covered`: a side panel over its right edge), not past the canvas's edges.
 * Returns the same viewport when it is already in view.
 */
export function revealViewport(
  viewport: Viewport,
  screen: Size,
  anchor: Anchor,
  covered: Insets = NO_INSETS,
  margin = REVEAL_MARGIN,
): Viewport {
  if (screen.width <= 0 || screen.height <= 0) return viewport;
  const { scale } = viewport;
  const { rect } = anchor;
  // The part no panel covers (the whole canvas when a panel would leave too little of it).
  const area = visibleArea(screen, covered);
  let dx = 0;
  let dy = 0;
  // The band scrolls sideways with the board, the row headers up and down; each keeps its other axis.
  // Pinned headers cover the board only once it is scrolled under them (its origin is off screen).
  if (anchor.space !== 'rows') {
    const left = Math.max(area.x, viewport.x < 0 ? ROW_HEADER_WIDTH * scale : 0);
    const right = area.x + area.width;
    dx = shiftInto(viewport.x + rect.x * scale - margin, rect.width * scale + 2 * margin, left, right);
  }
  if (anchor.space !== 'band') {
    const top = Math.max(area.y, viewport.y < 0 ? TOP_HEIGHT * scale : 0);
    const bottom = area.y + area.height;
    dy = shiftInto(viewport.y + rect.y * scale - margin, rect.height * scale + 2 * margin, top, bottom);
  }
  if (dx === 0 && dy === 0) return viewport;
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}
