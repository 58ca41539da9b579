import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boardToScreen,
  clampScale,
  fitRect,
  MAX_SCALE,
  MIN_SCALE,
  panBy,
  pinchStep,
  revealInsets,
  screenToBoard,
  type Viewport,
  visibleBoardRect,
  zoomAround,
} from './viewport';

describe('viewport math', () => {
  it('converts between board and screen coordinates both ways', () => {
    const viewport = { x: 100, y: -50, scale: 2 };
    expect(boardToScreen(viewport, { x: 10, y: 20 })).toEqual({ x: 120, y: -10 });
    expect(screenToBoard(viewport, { x: 120, y: -10 })).toEqual({ x: 10, y: 20 });
  });

  it('clamps the scale and replaces non-finite scales with 1', () => {
    expect(clampScale(100)).toBe(MAX_SCALE);
    expect(clampScale(0.0001)).toBe(MIN_SCALE);
    expect(clampScale(Number.NaN)).toBe(1);
    expect(clampScale(Number.POSITIVE_INFINITY)).toBe(1);
    expect(clampScale(1.5)).toBe(1.5);
  });

  it('keeps the board point under the anchor fixed while zooming', () => {
    const viewport = { x: 30, y: 40, scale: 1 };
    const anchor = { x: 200, y: 150 };
    const before = screenToBoard(viewport, anchor);
    const zoomed = zoomAround(viewport, anchor, 2);
    expect(zoomed.scale).toBe(2);
    const after = screenToBoard(zoomed, anchor);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('stops zooming at the limits', () => {
    const zoomed = zoomAround({ x: 0, y: 0, scale: 3 }, { x: 0, y: 0 }, 10);
    expect(zoomed.scale).toBe(MAX_SCALE);
  });

  it('pans by a finite delta and ignores a non-finite one', () => {
    expect(panBy({ x: 1, y: 2, scale: 1 }, 10, -5)).toEqual({ x: 11, y: -3, scale: 1 });
    const viewport = { x: 1, y: 2, scale: 1 };
    expect(panBy(viewport, Number.NaN, 0)).toBe(viewport);
  });

  it('fits a large board inside the screen, centred', () => {
    const fitted = fitRect({ x: 0, y: 0, width: 2000, height: 1000 }, { width: 1000, height: 600 }, 0);
    expect(fitted.scale).toBeCloseTo(0.5);
    expect(fitted.x).toBeCloseTo(0);
    expect(fitted.y).toBeCloseTo(50);
  });

  it('does not magnify a small board beyond 1 when fitting', () => {
    const fitted = fitRect({ x: 10, y: 10, width: 100, height: 100 }, { width: 1000, height: 1000 });
    expect(fitted.scale).toBe(1);
    expect(boardToScreen(fitted, { x: 60, y: 60 })).toEqual({ x: 500, y: 500 });
  });

  it('fits an empty board without dividing by zero', () => {
    const fitted = fitRect({ x: 0, y: 0, width: 0, height: 0 }, { width: 800, height: 600 });
    expect(Number.isFinite(fitted.x) && Number.isFinite(fitted.y)).toBe(true);
    expect(fitted.scale).toBe(1);
  });

  it('reports the visible board rectangle', () => {
    expect(visibleBoardRect({ x: -100, y: -200, scale: 2 }, { width: 800, height: 600 })).toEqual({
      x: 50,
      y: 100,
      width: 400,
      height: 300,
    });
  });
});

describe('pinchStep', () => {
  const apply = (viewport: Viewport, step: NonNullable<ReturnType<typeof pinchStep>>) =>
    panBy(zoomAround(viewport, step.anchor, step.factor), step.dx, step.dy);
  const midpoint = (a: { x: number; y: number }, b: { x: number; y: number }) => ({
    x: (a.x + b.x) / 2,
    y: (a.y + b.y) / 2,
  });

  it('zooms by the ratio of the distances around a still midpoint', () => {
    const step = pinchStep(
      [
        { x: 100, y: 200 },
        { x: 300, y: 200 },
      ],
      [
        { x: 0, y: 200 },
        { x: 400, y: 200 },
      ],
    );
    expect(step).toEqual({ factor: 2, anchor: { x: 200, y: 200 }, dx: 0, dy: 0 });
  });

  it('pans by the midpoint when the fingers move together', () => {
    const step = pinchStep(
      [
        { x: 100, y: 100 },
        { x: 200, y: 100 },
      ],
      [
        { x: 80, y: 130 },
        { x: 180, y: 130 },
      ],
    );
    expect(step).toEqual({ factor: 1, anchor: { x: 150, y: 100 }, dx: -20, dy: 30 });
  });

  it('ignores fingers on the same spot', () => {
    const p = { x: 5, y: 5 };
    expect(pinchStep([p, p], [p, { x: 9, y: 9 }])).toBeNull();
    expect(pinchStep([p, { x: 9, y: 9 }], [p, p])).toBeNull();
  });

  it('keeps the board point under the fingers under them, one finger move at a time', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 1000 }), y: fc.integer({ min: 0, max: 800 }) });
    fc.assert(
      fc.property(
        point,
        point,
        fc.array(fc.tuple(fc.boolean(), point), { maxLength: 20 }),
        (a0, b0, moves) => {
          fc.pre(Math.hypot(a0.x - b0.x, a0.y - b0.y) > 40);
          let fingers: [typeof a0, typeof b0] = [a0, b0];
          let viewport: Viewport = { x: 10, y: -20, scale: 1 };
          const grabbed = screenToBoard(viewport, midpoint(a0, b0));
          for (const [first, to] of moves) {
            const next: [typeof a0, typeof b0] = first ? [to, fingers[1]] : [fingers[0], to];
            const distance = Math.hypot(next[0].x - next[1].x, next[0].y - next[1].y);
            // Stay inside the zoom limits, where the gesture is exact.
            const scale =
              viewport.scale *
              (distance / Math.hypot(fingers[0].x - fingers[1].x, fingers[0].y - fingers[1].y));
            if (distance < 40 || scale < 0.2 || scale > 3) continue;
            const step = pinchStep(fingers, next);
            if (!step) continue;
            viewport = apply(viewport, step);
            fingers = next;
          }
          const under = screenToBoard(viewport, midpoint(...fingers));
          expect(under.x).toBeCloseTo(grabbed.x, 6);
          expect(under.y).toBeCloseTo(grabbed.y, 6);
        },
      ),
    );
  });
});

describe('revealInsets', () => {
  const panel = { top: 0, right: 340, bottom: 0, left: 0 };
  it('keeps the rating box at the bottom clear as well as the panels', () => {
    expect(revealInsets(panel, 210)).toEqual({ ...panel, bottom: 210 });
  });
  it('changes nothing without a box, or when a panel already covers more of the bottom', () => {
    expect(revealInsets(panel, 0)).toBe(panel);
    expect(revealInsets(panel, Number.NaN)).toBe(panel);
    const low = { ...panel, bottom: 300 };
    expect(revealInsets(low, 210)).toBe(low);
  });
});
