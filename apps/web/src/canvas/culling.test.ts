import { describe, expect, it } from 'vitest';
import {
  COLUMN_CHUNK,
  coversRange,
  detailLevel,
  ROW_CHUNK,
  rowsInReach,
  sameRange,
  stepRangeToward,
  visibleRange,
  withOverscan,
} from './culling';
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

describe('stepRangeToward', () => {
  const range = (first: number, last: number) => ({ first, last, top: 0, bottom: 400 });

  it('shrinks at once and grows a few columns per frame', () => {
    expect(stepRangeToward(range(0, 10), range(2, 8))).toEqual(range(2, 8));
    expect(stepRangeToward(range(4, 8), range(0, 20), 2)).toEqual(range(2, 10));
  });

  it('reaches the wanted range in a bounded number of frames', () => {
    let current = range(10, 12);
    const target = range(0, 40);
    let frames = 0;
    while (current.first !== target.first || current.last !== target.last) {
      current = stepRangeToward(current, target, 2);
      frames += 1;
      expect(frames).toBeLessThan(30);
    }
    expect(frames).toBe(14);
  });

  it('jumps to a far-away range, starting from its middle', () => {
    const next = stepRangeToward(range(0, 5), range(100, 110), 2);
    expect(next.first).toBeGreaterThanOrEqual(100);
    expect(next.last).toBeLessThanOrEqual(110);
    expect(next.last - next.first).toBeLessThanOrEqual(4);
    expect(stepRangeToward(range(0, -1), range(0, 3), 2).first).toBe(0);
  });

  it('follows the wanted rows at once', () => {
    expect(stepRangeToward(range(0, 3), { first: 0, last: 3, top: 800, bottom: 1200 })).toMatchObject({
      top: 800,
      bottom: 1200,
    });
  });
});

describe('rowsInReach', () => {
  const rows = [
    { key: 'a', y: 80 },
    { key: 'b', y: 400 },
    { key: 'c', y: 1199 },
    { key: 'd', y: 1200 },
  ];

  it('keeps the rows starting above the reach', () => {
    expect(rowsInReach(rows, 1200).map((row) => row.key)).toEqual(['a', 'b', 'c']);
    expect(rowsInReach(rows, 80)).toEqual([]);
  });

  it('returns the same array when every row is in reach', () => {
    expect(rowsInReach(rows, Number.POSITIVE_INFINITY)).toBe(rows);
    expect(rowsInReach(rows, 1201)).toBe(rows);
  });
});

describe('withOverscan and coversRange', () => {
  const inView = { first: 8, last: 11, top: 0, bottom: 800 };
  it('widens the mounted range by the margin on each side, within the board', () => {
    expect(withOverscan(inView, 4, 200)).toEqual({ first: 4, last: 15, top: 0, bottom: 800 });
    expect(withOverscan(inView, 10, 13)).toEqual({ first: 0, last: 12, top: 0, bottom: 800 });
    const empty = { first: 0, last: -1, top: 0, bottom: 0 };
    expect(withOverscan(empty, 4, 0)).toBe(empty);
  });
  it('is complete once every column in view is mounted, whatever else is', () => {
    expect(coversRange({ first: 4, last: 15 }, inView)).toBe(true);
    expect(coversRange({ first: 8, last: 11 }, inView)).toBe(true);
    expect(coversRange({ first: 9, last: 15 }, inView)).toBe(false);
    expect(coversRange({ first: 0, last: -1 }, { first: 0, last: -1 })).toBe(true);
  });
});
