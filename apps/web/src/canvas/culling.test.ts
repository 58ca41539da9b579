import { describe, expect, it } from 'vitest';
import { COLUMN_CHUNK, detailLevel, ROW_CHUNK, sameRange, visibleRange } from './culling';
import { COLUMN_WIDTH, columnX } from './layout';

describe('culling', () => {
  it('covers every column on screen, widened to whole chunks', () => {
    const range = visibleRange({ x: -columnX(10), y: 0, scale: 1 }, { width: 1000, height: 800 }, 200);
    expect(range.first % COLUMN_CHUNK).toBe(0);
    expect((range.last + 1) % COLUMN_CHUNK).toBe(0);
    expect(range.first).toBeLessThanOrEqual(10);
    const lastOnScreen = Math.floor((columnX(10) + 1000 - columnX(0)) / (columnX(1) - columnX(0)));
    expect(range.last).toBeGreaterThanOrEqual(lastOnScreen);
  });

  it('keeps the same range for small pans so nothing re-renders', () => {
    const size = { width: 1000, height: 800 };
    const a = visibleRange({ x: -columnX(10) - 5, y: -10, scale: 1 }, size, 200);
    const b = visibleRange({ x: -columnX(10) - 25, y: -30, scale: 1 }, size, 200);
    expect(sameRange(a, b)).toBe(true);
  });

  it('clamps to the board and handles an empty board', () => {
    const range = visibleRange({ x: 0, y: 0, scale: 0.1 }, { width: 1000, height: 800 }, 10);
    expect(range.first).toBe(0);
    expect(range.last).toBe(9);
    expect(visibleRange({ x: 0, y: 0, scale: 1 }, { width: 100, height: 100 }, 0).last).toBe(-1);
  });

  it('covers the vertical range in row chunks', () => {
    const range = visibleRange({ x: 0, y: -450, scale: 1 }, { width: 100, height: 300 }, 1);
    expect(range.top).toBe(ROW_CHUNK);
    expect(range.bottom).toBe(2 * ROW_CHUNK);
    expect(range.top).toBeLessThanOrEqual(450);
    expect(range.bottom).toBeGreaterThanOrEqual(750);
    expect(COLUMN_WIDTH).toBeGreaterThan(0);
  });

  it('draws less detail when zoomed out', () => {
    expect(detailLevel(1)).toBe('full');
    expect(detailLevel(0.3)).toBe('titles');
    expect(detailLevel(0.1)).toBe('shapes');
  });
});
