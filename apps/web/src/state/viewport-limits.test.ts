import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect, Viewport } from './viewport';
import { BOARD_KEPT_IN_VIEW, type BoardExtent, clampViewport } from './viewport-limits';

/**
 * Screen pixels of the board's body seen on one axis, worked out from what the canvas draws: the body from
 * its header's end to the board's far edge, the header pinned at the canvas's edge (never before 0), all
 * cut to the area.
 */
function seen(offset: number, scale: number, size: number, pinned: number, start: number, length: number) {
  const header = Math.min(pinned, size) * scale;
  const from = Math.max(start, Math.max(0, offset) + header);
  const to = Math.min(start + length, offset + size * scale);
  return to - from;
}

/** What clampViewport promises to keep in view on one axis. */
function promised(scale: number, size: number, pinned: number, start: number, length: number) {
  const header = Math.min(pinned, size) * scale;
  const free = start + length - Math.max(start, header);
  return Math.max(0, Math.min(BOARD_KEPT_IN_VIEW, size * scale - header, free / 2));
}

function seenX(v: Viewport, b: BoardExtent, a: Rect) {
  return seen(v.x, v.scale, b.width, b.pinnedLeft, a.x, a.width);
}
function seenY(v: Viewport, b: BoardExtent, a: Rect) {
  return seen(v.y, v.scale, b.height, b.pinnedTop, a.y, a.height);
}
function promisedX(v: Viewport, b: BoardExtent, a: Rect) {
  return promised(v.scale, b.width, b.pinnedLeft, a.x, a.width);
}
function promisedY(v: Viewport, b: BoardExtent, a: Rect) {
  return promised(v.scale, b.height, b.pinnedTop, a.y, a.height);
}

const offset = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const viewport = fc.record({ x: offset, y: offset, scale: fc.double({ min: 0.03, max: 4, noNaN: true }) });
const board = fc.record({
  width: fc.double({ min: 200, max: 60_000, noNaN: true }),
  height: fc.double({ min: 200, max: 8_000, noNaN: true }),
  pinnedLeft: fc.constantFrom(0, 168),
  pinnedTop: fc.constantFrom(0, 112),
});
// The part of the canvas no panel covers: at the canvas's left or top, or beside a panel there.
const area = fc.record({
  x: fc.constantFrom(0, 320),
  y: fc.constantFrom(0, 48),
  width: fc.double({ min: 240, max: 2_600, noNaN: true }),
  height: fc.double({ min: 240, max: 1_600, noNaN: true }),
});
// Pinned headers narrower than the area beside them: every board and canvas the app draws.
const drawable = fc
  .tuple(viewport, board, area)
  .filter(([v, b, a]) => b.pinnedLeft * v.scale < a.x + a.width && b.pinnedTop * v.scale < a.y + a.height);

describe('clampViewport', () => {
  it('keeps the promised part of the board’s body in view, at the same zoom', () => {
    fc.assert(
      fc.property(drawable, ([v, b, a]) => {
        const kept = clampViewport(v, b, a);
        expect(kept.scale).toBe(v.scale);
        expect(seenX(kept, b, a)).toBeGreaterThanOrEqual(promisedX(v, b, a) - 1e-6);
        expect(seenY(kept, b, a)).toBeGreaterThanOrEqual(promisedY(v, b, a) - 1e-6);
      }),
    );
  });

  it('leaves a viewport that already shows that much as it is', () => {
    fc.assert(
      fc.property(drawable, ([v, b, a]) => {
        fc.pre(seenX(v, b, a) > promisedX(v, b, a) + 1e-6 && seenY(v, b, a) > promisedY(v, b, a) + 1e-6);
        expect(clampViewport(v, b, a)).toBe(v);
      }),
    );
  });

  it('moves a lost board only just back into view, and then no more', () => {
    fc.assert(
      fc.property(drawable, ([v, b, a]) => {
        const kept = clampViewport(v, b, a);
        if (kept.x !== v.x) expect(seenX(kept, b, a)).toBeCloseTo(promisedX(v, b, a), 6);
        if (kept.y !== v.y) expect(seenY(kept, b, a)).toBeCloseTo(promisedY(v, b, a), 6);
        expect(clampViewport(kept, b, a)).toBe(kept);
      }),
    );
  });

  it('stops the board at every edge with 96 px of it in view, beside the pinned headers', () => {
    const big: BoardExtent = { width: 5000, height: 2000, pinnedLeft: 168, pinnedTop: 112 };
    const screen: Rect = { x: 0, y: 0, width: 1000, height: 800 };
    expect(clampViewport({ x: -99_999, y: 0, scale: 1 }, big, screen).x).toBe(168 + 96 - 5000);
    expect(clampViewport({ x: 99_999, y: 0, scale: 1 }, big, screen).x).toBe(1000 - 96 - 168);
    expect(clampViewport({ x: 0, y: -99_999, scale: 0.5 }, big, screen).y).toBe(56 + 96 - 1000);
    expect(clampViewport({ x: 0, y: 99_999, scale: 1 }, big, screen).y).toBe(800 - 96 - 112);
    // Beside a panel covering the canvas's left 320 px, the board stays right of the panel.
    const beside: Rect = { x: 320, y: 0, width: 680, height: 800 };
    expect(clampViewport({ x: -99_999, y: 0, scale: 1 }, big, beside).x).toBe(320 + 96 - 5000);
  });

  it('keeps a board smaller than the margin whole in view', () => {
    const small: BoardExtent = { width: 2000, height: 1000, pinnedLeft: 168, pinnedTop: 112 };
    const screen: Rect = { x: 0, y: 0, width: 1000, height: 800 };
    const far = clampViewport({ x: -99_999, y: -99_999, scale: 0.03 }, small, screen);
    expect(seen(far.x, 0.03, 2000, 168, 0, 1000)).toBeCloseTo((2000 - 168) * 0.03, 6);
  });

  it('ignores sizes not known yet', () => {
    const v = { x: -99_999, y: 0, scale: 1 };
    const screen: Rect = { x: 0, y: 0, width: 1000, height: 800 };
    expect(clampViewport(v, { width: 0, height: 0, pinnedLeft: 0, pinnedTop: 0 }, screen)).toBe(v);
    const b: BoardExtent = { width: 100, height: 100, pinnedLeft: 0, pinnedTop: 0 };
    expect(clampViewport(v, b, { x: 0, y: 0, width: 0, height: 0 })).toBe(v);
  });
});
