import { describe, expect, it } from 'vitest';
import {
  boardToScreen,
  clampScale,
  clampToContent,
  fitRect,
  MAX_SCALE,
  MIN_SCALE,
  panBy,
  screenToBoard,
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

describe('clampToContent', () => {
  const screen = { width: 1000, height: 800 };
  const content = { width: 5000, height: 2000 };

  it('leaves a viewport that shows the board alone', () => {
    const viewport = { x: -300, y: -200, scale: 1 };
    expect(clampToContent(viewport, content, screen)).toBe(viewport);
  });

  it('stops the board leaving through any edge', () => {
    expect(clampToContent({ x: -99_999, y: 0, scale: 1 }, content, screen).x).toBe(96 - 5000);
    expect(clampToContent({ x: 99_999, y: 0, scale: 1 }, content, screen).x).toBe(1000 - 96);
    expect(clampToContent({ x: 0, y: -99_999, scale: 0.5 }, content, screen).y).toBe(96 - 1000);
    expect(clampToContent({ x: 0, y: 99_999, scale: 1 }, content, screen).y).toBe(800 - 96);
  });

  it('ignores unknown sizes', () => {
    const viewport = { x: -99_999, y: 0, scale: 1 };
    expect(clampToContent(viewport, { width: 0, height: 0 }, screen)).toBe(viewport);
    expect(clampToContent(viewport, content, { width: 0, height: 0 })).toBe(viewport);
  });
});
