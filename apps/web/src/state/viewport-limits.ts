import type { Rect, Viewport } from './viewport';

// How far the board may be panned: never so far that it leaves the view. One rule, applied by the UI
// store to every viewport it is given (drag, wheel, pinch, zoom buttons and keys, fit, reveal, following).

/** Screen pixels of the board's body that stay in view however far it is panned, at any zoom. */
export const BOARD_KEPT_IN_VIEW = 96;

/**
 * The board as the limits see it, in board units: its size (origin at 0,0) and the pinned headers', the
 * row headers at its left and the stage band at its top. Those stay stuck to the canvas's edge when the
 * board is panned past it, so on their own they do not count as the board being in view.
 */
export interface BoardExtent {
  readonly width: number;
  readonly height: number;
  readonly pinnedLeft: number;
  readonly pinnedTop: number;
}

/**
 * The viewport nearest to `viewport` (same zoom) that keeps at least `margin` screen pixels of the board's
 * body (the board beyond its pinned headers) in `area`, the part of the canvas no panel covers, on both
 * axes. The margin shrinks to what there is: half the area beside the pinned headers, and all of a body
 * smaller than it. A viewport that already shows that much is returned as it is (the same object).
 */
export function clampViewport(
  viewport: Viewport,
  board: BoardExtent,
  area: Rect,
  margin = BOARD_KEPT_IN_VIEW,
): Viewport {
  if (!(area.width > 0 && area.height > 0 && board.width > 0 && board.height > 0)) return viewport;
  const x = clampAxis(viewport.x, viewport.scale, board.width, board.pinnedLeft, area.x, area.width, margin);
  const y = clampAxis(viewport.y, viewport.scale, board.height, board.pinnedTop, area.y, area.height, margin);
  return x === viewport.x && y === viewport.y ? viewport : { ...viewport, x, y };
}

/**
 * One axis of clampViewport. The body spans `offset + pinned·scale` to `offset + size·scale` on screen;
 * the pinned header covers the screen from the canvas's edge to `pinned·scale` once the board is panned
 * past that edge, so the body is only seen right of (below) both the header and the area's start.
 */
function clampAxis(
  offset: number,
  scale: number,
  size: number,
  pinned: number,
  areaStart: number,
  areaLength: number,
  margin: number,
): number {
  const header = Math.min(Math.max(0, pinned), size) * scale;
  const body = size * scale - header;
  const start = Math.max(areaStart, header);
  const end = areaStart + areaLength;
  const kept = Math.max(0, Math.min(margin, body, (end - start) / 2));
  // The body's far edge may not pass `start + kept`; its near edge may not pass `end - kept`.
  const lowest = start + kept - size * scale;
  const highest = end - kept - header;
  // Only when the pinned header alone is wider than the area can the two cross: show the body's start.
  if (lowest > highest) return highest;
  return Math.min(highest, Math.max(lowest, offset));
}
