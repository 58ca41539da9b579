import { clampScale, type Rect, type Viewport } from '../state/viewport';
import type { Anchor } from './editor-geometry';
import { ROW_HEADER_WIDTH, TOP_HEIGHT } from './layout';

/** Screen pixels kept around something shown to someone when it had to be fitted by zooming out. */
export const SHOW_MARGIN = 24;

/**
 * The viewport that shows `anchor` to someone who did not ask for it (a step the facilitator put in the
 * spotlight): the same viewport when it is already wholly in `area` (the part of the canvas no panel
 * covers) clear of the pinned headers; otherwise panned, at the same zoom, so it sits in the middle of
 * that area along each axis it was out of view on. Only when it is larger than the area does the zoom go
 * down, just enough, and then it is centred on both axes. Unlike `revealViewport` (the least movement, for
 * what the person just did themselves) the move is large enough to be seen as a move.
 */
export function showViewport(viewport: Viewport, area: Rect, anchor: Anchor, margin = SHOW_MARGIN): Viewport {
  const { scale } = viewport;
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  // The row headers and the stage band with the step headers stay pinned to the canvas's left and top,
  // at every zoom: what is under them is not in view.
  const clear = (s: number) => ({
    left: Math.max(area.x, ROW_HEADER_WIDTH * s),
    top: Math.max(area.y, TOP_HEIGHT * s),
  });
  const now = clear(scale);
  if (!(right - now.left > 2 * margin && bottom - now.top > 2 * margin)) return viewport;
  const { rect } = anchor;
  // A step's header lies in the band, which scrolls only sideways; a row header only up and down.
  const horizontal = anchor.space !== 'rows';
  const vertical = anchor.space !== 'band';
  const start = { x: viewport.x + rect.x * scale, y: viewport.y + rect.y * scale };
  const outX = horizontal && (start.x < now.left || start.x + rect.width * scale > right);
  const outY = vertical && (start.y < now.top || start.y + rect.height * scale > bottom);
  if (!outX && !outY) return viewport;
  // The largest zoom at which it fits beside the panels and the pinned headers (which shrink with it).
  const fitAxis = (length: number, areaStart: number, end: number, pinned: number) =>
    length > 0
      ? Math.min((end - areaStart - 2 * margin) / length, (end - 2 * margin) / (length + pinned))
      : Number.POSITIVE_INFINITY;
  const fit = Math.min(
    horizontal ? fitAxis(rect.width, area.x, right, ROW_HEADER_WIDTH) : Number.POSITIVE_INFINITY,
    vertical ? fitAxis(rect.height, area.y, bottom, TOP_HEIGHT) : Number.POSITIVE_INFINITY,
  );
  const next = clampScale(Math.min(scale, fit));
  const zoomed = next !== scale;
  const after = clear(next);
  const middle = { x: (after.left + right) / 2, y: (after.top + bottom) / 2 };
  // Along an axis it was in view on, the board point at the middle stays there (at a new zoom too).
  const x =
    horizontal && (outX || zoomed)
      ? middle.x - (rect.x + rect.width / 2) * next
      : middle.x - ((middle.x - viewport.x) / scale) * next;
  const y =
    vertical && (outY || zoomed)
      ? middle.y - (rect.y + rect.height / 2) * next
      : middle.y - ((middle.y - viewport.y) / scale) * next;
  return { x, y, scale: next };
}
