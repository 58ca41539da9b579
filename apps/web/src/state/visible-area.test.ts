import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardToScreen, fitRectInto, insetsFromCovers, NO_INSETS, visibleArea } from './viewport';

describe('the visible part of the canvas', () => {
  it('is the canvas less what overlays cover', () => {
    expect(visibleArea({ width: 1368, height: 700 }, { ...NO_INSETS, right: 360 })).toEqual({
      x: 0,
      y: 0,
      width: 1008,
      height: 700,
    });
    expect(visibleArea({ width: 1000, height: 700 }, { top: 10, right: 0, bottom: 20, left: 100 })).toEqual({
      x: 100,
      y: 10,
      width: 900,
      height: 670,
    });
  });

  it('falls back to the whole canvas when too little is left, and ignores nonsense insets', () => {
    expect(visibleArea({ width: 500, height: 700 }, { ...NO_INSETS, right: 400 })).toEqual({
      x: 0,
      y: 0,
      width: 500,
      height: 700,
    });
    expect(
      visibleArea({ width: 800, height: 600 }, { top: Number.NaN, right: -5, bottom: 0, left: Infinity }),
    ).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });
});

describe('fitting into the visible part', () => {
  it('puts all of the content inside the uncovered area, never under the overlay', () => {
    const content = fc.record({
      x: fc.integer({ min: -2000, max: 2000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 50, max: 20_000 }),
      height: fc.integer({ min: 50, max: 5_000 }),
    });
    const area = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 200 }),
      width: fc.integer({ min: 300, max: 1600 }),
      height: fc.integer({ min: 300, max: 1000 }),
    });
    fc.assert(
      fc.property(content, area, (c, a) => {
        const view = fitRectInto(c, a, 24);
        // A 200-step journey may need more than the smallest zoom allows; otherwise it fits whole.
        if (view.scale <= 0.0301) return;
        const topLeft = boardToScreen(view, { x: c.x, y: c.y });
        const bottomRight = boardToScreen(view, { x: c.x + c.width, y: c.y + c.height });
        expect(topLeft.x).toBeGreaterThanOrEqual(a.x + 23.99);
        expect(topLeft.y).toBeGreaterThanOrEqual(a.y + 23.99);
        expect(bottomRight.x).toBeLessThanOrEqual(a.x + a.width - 23.99);
        expect(bottomRight.y).toBeLessThanOrEqual(a.y + a.height - 23.99);
      }),
    );
  });
});

describe('insets from the panels over the canvas', () => {
  const canvas = { x: 0, y: 150, width: 1368, height: 750 };

  it('counts a full-height panel at the right edge as covering from its left side', () => {
    expect(insetsFromCovers(canvas, [{ x: 1008, y: 150, width: 360, height: 750 }])).toEqual({
      ...NO_INSETS,
      right: 360,
    });
  });

  it('counts a panel at the left edge and one along the bottom', () => {
    expect(
      insetsFromCovers(canvas, [
        { x: 0, y: 150, width: 300, height: 750 },
        { x: 0, y: 700, width: 1368, height: 200 },
      ]),
    ).toEqual({ top: 0, right: 0, bottom: 200, left: 300 });
  });

  it('ignores covers elsewhere on the page, hidden ones and small floating boxes', () => {
    expect(
      insetsFromCovers(canvas, [
        { x: 1368, y: 150, width: 72, height: 750 },
        { x: 0, y: 0, width: 0, height: 0 },
        { x: 500, y: 400, width: 200, height: 100 },
      ]),
    ).toEqual(NO_INSETS);
  });
});
