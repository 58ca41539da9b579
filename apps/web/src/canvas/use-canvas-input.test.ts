import { describe, expect, it } from 'vitest';
import { gestureZoomFactor, wheelPixels, wheelZoomFactor } from './use-canvas-input';

describe('wheelPixels', () => {
  const wheel = (deltaX: number, deltaY: number, deltaMode = 0, shiftKey = false) => ({
    deltaX,
    deltaY,
    deltaMode,
    shiftKey,
  });

  it('passes pixel deltas through', () => {
    expect(wheelPixels(wheel(3, -40))).toEqual({ x: 3, y: -40 });
  });

  it('turns lines and pages into pixels', () => {
    expect(wheelPixels(wheel(0, 3, 1))).toEqual({ x: 0, y: 48 });
    expect(wheelPixels(wheel(1, 0, 2))).toEqual({ x: 400, y: 0 });
  });

  it('scrolls sideways with shift on a vertical-only wheel', () => {
    expect(wheelPixels(wheel(0, 100, 0, true))).toEqual({ x: 100, y: 0 });
    // A wheel that already reports a sideways delta with shift keeps it.
    expect(wheelPixels(wheel(30, 0, 0, true))).toEqual({ x: 30, y: 0 });
  });
});

describe('wheelZoomFactor', () => {
  it('follows a trackpad pinch exactly: deltaY = -100·ln(scale)', () => {
    let scale = 1;
    // Chromium splits a pinch to twice the size into many small ctrl+wheel events.
    for (let i = 0; i < 20; i++) scale *= wheelZoomFactor((-100 * Math.log(2)) / 20, 0);
    expect(scale).toBeCloseTo(2, 10);
  });

  it('zooms in for a negative delta and out for a positive one, symmetrically', () => {
    expect(wheelZoomFactor(-10, 0)).toBeGreaterThan(1);
    expect(wheelZoomFactor(10, 0)).toBeLessThan(1);
    expect(wheelZoomFactor(-10, 0) * wheelZoomFactor(10, 0)).toBeCloseTo(1, 12);
    expect(wheelZoomFactor(0, 0)).toBe(1);
  });

  it('follows a pinch whose events the browser merged into a few large ones (a busy machine)', () => {
    let scale = 1;
    for (let i = 0; i < 2; i++) scale *= wheelZoomFactor((-100 * Math.log(2)) / 2, 0);
    expect(scale).toBeCloseTo(2, 10);
  });

  it('limits one mouse notch, in pixels, lines or pages, to about one zoom step', () => {
    for (const [delta, mode] of [
      [-100, 0],
      [-120, 0],
      [-3, 1],
      [-1, 2],
    ] as const) {
      expect(wheelZoomFactor(delta, mode)).toBeCloseTo(Math.exp(0.25), 10);
      expect(wheelZoomFactor(-delta, mode)).toBeCloseTo(Math.exp(-0.25), 10);
    }
  });

  it('never returns a poisonous factor', () => {
    expect(wheelZoomFactor(Number.NaN, 0)).toBe(1);
    expect(wheelZoomFactor(Number.POSITIVE_INFINITY, 0)).toBe(1);
  });
});

describe('gestureZoomFactor', () => {
  it('is the change of scale since the previous gesture event', () => {
    expect(gestureZoomFactor(1, { scale: 1.5 })).toBe(1.5);
    expect(gestureZoomFactor(1.5, { scale: 3 })).toBe(2);
    expect(gestureZoomFactor(2, { scale: 1 })).toBe(0.5);
  });

  it('ignores malformed events', () => {
    expect(gestureZoomFactor(1, {})).toBeNull();
    expect(gestureZoomFactor(1, { scale: '2' })).toBeNull();
    expect(gestureZoomFactor(1, { scale: 0 })).toBeNull();
    expect(gestureZoomFactor(1, { scale: Number.NaN })).toBeNull();
    expect(gestureZoomFactor(1, { scale: Number.POSITIVE_INFINITY })).toBeNull();
    expect(gestureZoomFactor(0, { scale: 2 })).toBeNull();
  });
});
