import { describe, expect, it } from 'vitest';
import { cachePixelRatio } from './column-cache';

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
