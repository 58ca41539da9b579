import { describe, expect, it } from 'vitest';
import { separatorLines } from './grid-lines';
import { gapX, TOP_HEIGHT } from './layout';

describe('separatorLines', () => {
  it('draws one vertical line per gap from first to last + 1, below the top band', () => {
    const lines = separatorLines(2, 4, 10, 900);
    expect(lines).toEqual(
      [2, 3, 4, 5].map((i) => ({ kind: 'poly', points: [gapX(i), TOP_HEIGHT, gapX(i), 900] })),
    );
  });

  it('stops at the right edge of the last column and starts at zero', () => {
    expect(separatorLines(-3, 9, 10, 500)).toHaveLength(11);
    expect(separatorLines(8, 12, 10, 500).map((line) => line.kind === 'poly' && line.points[0])).toEqual([
      gapX(8),
      gapX(9),
      gapX(10),
    ]);
  });

  it('is empty for an empty board range', () => {
    expect(separatorLines(0, -1, 0, 500)).toEqual([
      { kind: 'poly', points: [gapX(0), TOP_HEIGHT, gapX(0), 500] },
    ]);
    expect(separatorLines(5, 4, 3, 500)).toEqual([]);
  });
});
