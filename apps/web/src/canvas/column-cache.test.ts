import { describe, expect, it } from 'vitest';
import { cachePixelRatio, cacheRatioNow } from './column-cache';

describe('cachePixelRatio', () => {
  it('caches at the next power of two at or above the zoom, at most 2', () => {
    expect(cachePixelRatio(1)).toBe(1);
    expect(cachePixelRatio(0.9)).toBe(1);
    expect(cachePixelRatio(0.5)).toBe(0.5);
    expect(cachePixelRatio(0.3)).toBe(0.5);
    expect(cachePixelRatio(1.2)).toBe(2);
    expect(cachePixelRatio(4)).toBe(2);
  });

  it('scales with the device pixel ratio and never reaches zero', () => {
    expect(cachePixelRatio(1, 2)).toBe(2);
    expect(cachePixelRatio(0, 1)).toBeGreaterThan(0);
  });

  it('changes only at bucket edges, so a smooth zoom re-caches rarely', () => {
    const ratios = new Set<number>();
    for (let scale = 0.26; scale <= 0.5; scale += 0.01) ratios.add(cachePixelRatio(scale));
    expect(ratios.size).toBe(1);
  });
});

describe('cacheRatioNow', () => {
  it('takes the lower of the settled and the live resolution when at rest', () => {
    expect(cacheRatioNow({ settled: 1, live: 0.25, moving: false, movingCap: 1 })).toBe(0.25);
    expect(cacheRatioNow({ settled: 0.5, live: 2, moving: false, movingCap: 1 })).toBe(0.5);
    expect(cacheRatioNow({ settled: 2, live: 2, moving: false, movingCap: 1 })).toBe(2);
  });

  it('never goes above the device ratio while the viewport moves', () => {
    expect(cacheRatioNow({ settled: 2, live: 2, moving: true, movingCap: 1 })).toBe(1);
    expect(cacheRatioNow({ settled: 4, live: 4, moving: true, movingCap: 2 })).toBe(2);
    // Below the cap, moving changes nothing.
    expect(cacheRatioNow({ settled: 1, live: 0.125, moving: true, movingCap: 1 })).toBe(0.125);
  });
});
