/** The board-to-screen transform: screen = board * scale + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

// Low enough for zoom-to-fit to show a 200-step journey whole on a laptop screen.
export const MIN_SCALE = 0.03;
export const MAX_SCALE = 4;
/** One button press or one keyboard step; wheel zoom uses a finer factor derived from deltaY. */
export const ZOOM_STEP = 1.25;

export const DEFAULT_VIEWPORT: Viewport = { x: 0, y: 0, scale: 1 };

export function clampScale(scale: number): number {
  // A NaN or infinite scale would poison every later transform, so fall back to 1.
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function screenToBoard(viewport: Viewport, screen: Point): Point {
  return { x: (screen.x - viewport.x) / viewport.scale, y: (screen.y - viewport.y) / viewport.scale };
}

export function boardToScreen(viewport: Viewport, board: Point): Point {
  return { x: board.x * viewport.scale + viewport.x, y: board.y * viewport.scale + viewport.y };
}

/** Zooms so that the board point under `anchor` (screen coordinates) stays under it. */
export function zoomAround(viewport: Viewport, anchor: Point, factor: number): Viewport {
  const scale = clampScale(viewport.scale * factor);
  const board = screenToBoard(viewport, anchor);
  return { x: anchor.x - board.x * scale, y: anchor.y - board.y * scale, scale };
}

export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return viewport;
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}

/**
 * The viewport that shows `content` (board coordinates) whole and centred inside `screen`, leaving `padding`
 * screen pixels around it. Zoom-to-fit never magnifies beyond 1 so a tiny board is not blown up.
 */
export function fitRect(content: Rect, screen: Size, padding = 24, maxScale = 1): Viewport {
  return fitRectInto(content, { x: 0, y: 0, width: screen.width, height: screen.height }, padding, maxScale);
}

/** As fitRect, into `area`: a part of the canvas in screen coordinates (the part no panel covers). */
export function fitRectInto(content: Rect, area: Rect, padding = 24, maxScale = 1): Viewport {
  const availableWidth = Math.max(1, area.width - 2 * padding);
  const availableHeight = Math.max(1, area.height - 2 * padding);
  if (content.width <= 0 || content.height <= 0)
    return { x: area.x + padding - content.x, y: area.y + padding - content.y, scale: 1 };
  const scale = clampScale(
    Math.min(maxScale, availableWidth / content.width, availableHeight / content.height),
  );
  const x = area.x + (area.width - content.width * scale) / 2 - content.x * scale;
  const y = area.y + (area.height - content.height * scale) / 2 - content.y * scale;
  return { x, y, scale };
}

/** Screen pixels of the canvas covered on each side, e.g. by a panel open over it. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * What to keep clear when bringing the keyboard's item into view: the panels over the canvas and, at its
 * bottom, the rating box a participant gets under the selected step's column (`boxCover` pixels high),
 * which would otherwise hide the very card or cell the keyboard is on.
 */
export function revealInsets(insets: Insets, boxCover: number): Insets {
  const cover = Number.isFinite(boxCover) && boxCover > 0 ? boxCover : 0;
  return cover > insets.bottom ? { ...insets, bottom: cover } : insets;
}

/**
 * Below this share of the canvas, what is left beside an overlay is too small to show anything in: the
 * whole canvas counts as visible (the overlay is then what the person is looking at anyway).
 */
const MIN_VISIBLE_SHARE = 0.3;

/**
 * The part of a canvas of `size` that no overlay covers (screen coordinates): what the person can
 * actually see, so fitting and centring aim there rather than under a panel.
 */
export function visibleArea(size: Size, insets: Insets = NO_INSETS): Rect {
  const clean = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);
  const left = clean(insets.left);
  const right = clean(insets.right);
  const top = clean(insets.top);
  const bottom = clean(insets.bottom);
  const width = size.width - left - right;
  const height = size.height - top - bottom;
  if (width < size.width * MIN_VISIBLE_SHARE || height < size.height * MIN_VISIBLE_SHARE)
    return { x: 0, y: 0, width: size.width, height: size.height };
  return { x: left, y: top, width, height };
}

/** The centre of a rectangle. */
export function centreOfRect(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/**
 * How much of a canvas (`canvas`, page coordinates) the `covers` (page rectangles of panels laid over it)
 * hide, as insets: a cover reaching the canvas's right edge hides from its left side to that edge, one at
 * the left edge from the edge to its right side, and likewise top and bottom. Covers that do not touch the
 * canvas or touch no edge (a small floating box) hide nothing worth steering around.
 */
export function insetsFromCovers(canvas: Rect, covers: readonly Rect[]): Insets {
  const insets = { ...NO_INSETS };
  const right = canvas.x + canvas.width;
  const bottom = canvas.y + canvas.height;
  const edge = 1;
  for (const cover of covers) {
    const coverRight = cover.x + cover.width;
    const coverBottom = cover.y + cover.height;
    const overlaps =
      cover.width > 0 &&
      cover.height > 0 &&
      cover.x < right &&
      coverRight > canvas.x &&
      cover.y < bottom &&
      coverBottom > canvas.y;
    if (!overlaps) continue;
    const fullHeight = cover.y <= canvas.y + edge && coverBottom >= bottom - edge;
    const fullWidth = cover.x <= canvas.x + edge && coverRight >= right - edge;
    if (fullHeight && coverRight >= right - edge && cover.x > canvas.x)
      insets.right = Math.max(insets.right, right - cover.x);
    else if (fullHeight && cover.x <= canvas.x + edge && coverRight < right)
      insets.left = Math.max(insets.left, coverRight - canvas.x);
    else if (fullWidth && coverBottom >= bottom - edge && cover.y > canvas.y)
      insets.bottom = Math.max(insets.bottom, bottom - cover.y);
    else if (fullWidth && cover.y <= canvas.y + edge && coverBottom < bottom)
      insets.top = Math.max(insets.top, coverBottom - canvas.y);
  }
  return insets;
}

/** The board rectangle visible on screen. */
export function visibleBoardRect(viewport: Viewport, screen: Size): Rect {
  const topLeft = screenToBoard(viewport, { x: 0, y: 0 });
  return {
    x: topLeft.x,
    y: topLeft.y,
    width: screen.width / viewport.scale,
    height: screen.height / viewport.scale,
  };
}

/** One move of a two-finger gesture: zoom by `factor` around `anchor`, then pan by (dx, dy). */
export interface PinchStep {
  factor: number;
  anchor: Point;
  dx: number;
  dy: number;
}

/**
 * How the viewport follows two fingers moving from `previous` to `next` (screen points): the board point
 * that was under their midpoint ends under the new midpoint, and the zoom follows their distance. Browsers
 * report each finger's move separately, so every step must compose exactly or the board would drift.
 * Null when the fingers coincide (no distance to compare).
 */
export function pinchStep(
  previous: readonly [Point, Point],
  next: readonly [Point, Point],
): PinchStep | null {
  const [pa, pb] = previous;
  const [a, b] = next;
  const before = Math.hypot(pa.x - pb.x, pa.y - pb.y);
  const after = Math.hypot(a.x - b.x, a.y - b.y);
  if (!(before > 0) || !(after > 0)) return null;
  const anchor = { x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 };
  return { factor: after / before, anchor, dx: (a.x + b.x) / 2 - anchor.x, dy: (a.y + b.y) / 2 - anchor.y };
}
