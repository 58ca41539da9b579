import { describe, expect, it } from 'vitest';
import {
  addNoteOffset,
  CHANNEL_ROW_HEIGHT,
  COLUMN_PITCH,
  COLUMN_WIDTH,
  type ColumnInput,
  CURVE_ROW_HEIGHT,
  cardRect,
  columnIndexAt,
  columnX,
  computeLayout,
  curveFooter,
  curvePlot,
  FIELD_HEIGHT,
  gapX,
  insertionIndexAt,
  type LayoutInput,
  laneHeight,
  MIN_LANE_HEIGHT,
  NOTE_HEIGHT,
  NOTE_WIDTH,
  nearestChannelAt,
  noteOffset,
  pinnedOffsets,
  rectContains,
  rectsIntersect,
  rowAt,
  stageSpans,
  TOP_HEIGHT,
  visibleColumnRange,
  visibleRows,
} from './layout';

const columns: ColumnInput[] = [
  { stepId: 'a', stageId: 's1' },
  { stepId: 'b', stageId: 's1' },
  { stepId: null, stageId: 's2' },
  { stepId: 'c', stageId: 's3' },
  { stepId: 'd', stageId: null },
];

const input: LayoutInput = {
  columns,
  channelIds: ['email', 'phone'],
  lanes: [
    { id: 'doing', field: 'doing', maxNotes: 0 },
    { id: 'pain', field: null, maxNotes: 5 },
  ],
  infoRowsAfterLane: 1,
};

describe('layout', () => {
  const layout = computeLayout(input);

  it('places columns at a fixed pitch after the row headers', () => {
    expect(layout.columns.map((column) => column.x)).toEqual([0, 1, 2, 3, 4].map(columnX));
    expect(columnX(1) - columnX(0)).toBe(COLUMN_PITCH);
    expect(layout.columnIndexByStep.get('c')).toBe(3);
    expect(layout.columnIndexByStep.has('missing')).toBe(false);
  });

  it('stacks channel rows, the curve, lanes and the time and owner rows in order', () => {
    expect(layout.rows.map((row) => row.key)).toEqual([
      'channel:email',
      'channel:phone',
      'curve',
      'lane:doing',
      'time',
      'owner',
      'lane:pain',
    ]);
    expect(layout.rows[0]!.y).toBe(TOP_HEIGHT);
    for (let i = 1; i < layout.rows.length; i++) {
      const previous = layout.rows[i - 1]!;
      expect(layout.rows[i]!.y).toBe(previous.y + previous.height);
    }
    const last = layout.rows[layout.rows.length - 1]!;
    expect(layout.height).toBe(last.y + last.height);
    expect(layout.rowByKey.get('curve')!.height).toBe(CURVE_ROW_HEIGHT);
  });

  it('puts the info rows at the end when asked to go past the lanes', () => {
    const keys = computeLayout({ ...input, infoRowsAfterLane: 99 }).rows.map((row) => row.key);
    expect(keys.slice(-2)).toEqual(['time', 'owner']);
    const none = computeLayout({ ...input, lanes: [] }).rows.map((row) => row.key);
    expect(none).toEqual(['channel:email', 'channel:phone', 'curve', 'time', 'owner']);
  });

  it('makes a lane tall enough for its fullest cell', () => {
    expect(laneHeight({ id: 'x', field: null, maxNotes: 0 })).toBe(MIN_LANE_HEIGHT);
    const three = laneHeight({ id: 'x', field: 'doing', maxNotes: 3 });
    const four = laneHeight({ id: 'x', field: 'doing', maxNotes: 4 });
    const five = laneHeight({ id: 'x', field: 'doing', maxNotes: 5 });
    expect(three).toBe(four);
    expect(five).toBeGreaterThan(four);
    const lastNote = noteOffset(4, true);
    expect(lastNote.y + lastNote.height).toBeLessThanOrEqual(five);
    const add = addNoteOffset(5, true);
    expect(add.y + add.height).toBeLessThanOrEqual(five);
  });

  it('spans each stage over its contiguous columns and skips unstaged ones', () => {
    expect(layout.stageSpans).toEqual([
      {
        stageId: 's1',
        x: columnX(0),
        width: columnX(1) + COLUMN_WIDTH - columnX(0),
        firstIndex: 0,
        lastIndex: 1,
      },
      { stageId: 's2', x: columnX(2), width: COLUMN_WIDTH, firstIndex: 2, lastIndex: 2 },
      { stageId: 's3', x: columnX(3), width: COLUMN_WIDTH, firstIndex: 3, lastIndex: 3 },
    ]);
    expect(stageSpans([])).toEqual([]);
  });

  it('finds the visible column range with overscan, clamped to the board', () => {
    expect(visibleColumnRange(200, columnX(10), columnX(12) + COLUMN_WIDTH, 0)).toEqual({
      first: 10,
      last: 12,
    });
    expect(visibleColumnRange(200, columnX(10) - 1, columnX(12) + COLUMN_WIDTH, 0)).toEqual({
      first: 10,
      last: 12,
    });
    expect(visibleColumnRange(200, columnX(10) - COLUMN_PITCH + COLUMN_WIDTH + 1, columnX(12), 1)).toEqual({
      first: 9,
      last: 13,
    });
    expect(visibleColumnRange(5, -1000, 100_000)).toEqual({ first: 0, last: 4 });
    expect(visibleColumnRange(0, 0, 100)).toEqual({ first: 0, last: -1 });
    expect(visibleColumnRange(5, 100, Number.NaN)).toEqual({ first: 0, last: -1 });
  });

  it('agrees with a brute-force overlap test for every window', () => {
    for (let left = -500; left < columnX(20); left += 37) {
      const right = left + 613;
      const { first, last } = visibleColumnRange(20, left, right, 0);
      const expected = Array.from({ length: 20 }, (_, i) => i).filter(
        (i) => columnX(i) < right && columnX(i) + COLUMN_WIDTH > left,
      );
      const got = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
      for (const index of expected) expect(got).toContain(index);
    }
  });

  it('lists only the rows overlapping a vertical range', () => {
    const curve = layout.rowByKey.get('curve')!;
    expect(visibleRows(layout.rows, curve.y + 1, curve.y + 2).map((row) => row.key)).toEqual(['curve']);
    expect(visibleRows(layout.rows, -100, 0)).toEqual([]);
  });

  it('hit-tests columns, gaps and rows', () => {
    expect(columnIndexAt(layout, columnX(2) + 5)).toBe(2);
    expect(columnIndexAt(layout, columnX(2) + COLUMN_WIDTH + 2)).toBe(-1);
    expect(columnIndexAt(layout, 10)).toBe(-1);
    expect(columnIndexAt(layout, columnX(99))).toBe(-1);
    expect(rowAt(layout, TOP_HEIGHT + CHANNEL_ROW_HEIGHT + 1)?.key).toBe('channel:phone');
    expect(rowAt(layout, 0)).toBeNull();
    expect(rowAt(layout, layout.height + 1)).toBeNull();
  });

  it('chooses the nearest gap for a column drop', () => {
    expect(insertionIndexAt(5, columnX(0))).toBe(0);
    expect(insertionIndexAt(5, columnX(2) + COLUMN_WIDTH * 0.4)).toBe(2);
    expect(insertionIndexAt(5, columnX(2) + COLUMN_WIDTH * 0.6)).toBe(3);
    expect(insertionIndexAt(5, -500)).toBe(0);
    expect(insertionIndexAt(5, 1e9)).toBe(5);
    expect(insertionIndexAt(5, Number.NaN)).toBe(5);
    expect(gapX(3)).toBeLessThan(columnX(3));
    expect(gapX(3)).toBeGreaterThan(columnX(2) + COLUMN_WIDTH);
  });

  it('drops a card into the nearest channel row', () => {
    const phone = layout.rowByKey.get('channel:phone')!;
    expect(nearestChannelAt(layout, phone.y + 10)).toBe('phone');
    expect(nearestChannelAt(layout, -1000)).toBe('email');
    expect(nearestChannelAt(layout, layout.height)).toBe('phone');
    expect(nearestChannelAt(computeLayout({ ...input, channelIds: [] }), 100)).toBeNull();
  });

  it('puts a card inside its cell and notes inside the cell width', () => {
    const row = layout.rowByKey.get('channel:email')!;
    const card = cardRect(1, row);
    expect(card.x).toBeGreaterThan(columnX(1));
    expect(card.x + card.width).toBeLessThan(columnX(1) + COLUMN_WIDTH);
    expect(card.y + card.height).toBeLessThan(row.y + row.height);
    const second = noteOffset(1, false);
    expect(second.x + second.width).toBeLessThanOrEqual(COLUMN_WIDTH);
    expect(noteOffset(2, false).y).toBeGreaterThan(noteOffset(0, false).y + NOTE_HEIGHT - 1);
    expect(noteOffset(0, true).y - noteOffset(0, false).y).toBe(FIELD_HEIGHT);
    expect(second.width).toBe(NOTE_WIDTH);
  });

  it('pins headers to the screen edge only once their natural place scrolls away', () => {
    expect(pinnedOffsets({ x: 50, y: 20 })).toEqual({ x: 50, y: 20 });
    expect(pinnedOffsets({ x: -300, y: -900 })).toEqual({ x: 0, y: 0 });
  });

  it('intersects and contains rectangles', () => {
    expect(rectsIntersect({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(
      true,
    );
    expect(rectsIntersect({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 })).toBe(
      false,
    );
    expect(rectContains({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 10 })).toBe(true);
    expect(rectContains({ x: 0, y: 0, width: 10, height: 10 }, { x: 11, y: 10 })).toBe(false);
  });
});

describe('the footer under the curve', () => {
  it('is absent by default: the curve row is its plot', () => {
    const curve = computeLayout(input).rowByKey.get('curve')!;
    expect(curve.height).toBe(CURVE_ROW_HEIGHT);
    expect(curvePlot(curve)).toEqual({ y: curve.y, height: CURVE_ROW_HEIGHT });
    expect(curveFooter(curve)).toBeNull();
  });

  it('grows the curve row under an unchanged plot and moves the rows below by as much', () => {
    const plain = computeLayout(input);
    const footed = computeLayout({ ...input, curveFooterHeight: 78 });
    const curve = footed.rowByKey.get('curve')!;
    expect(curve.height).toBe(CURVE_ROW_HEIGHT + 78);
    expect(curvePlot(curve)).toEqual({ y: curve.y, height: CURVE_ROW_HEIGHT });
    expect(curveFooter(curve)).toEqual({ y: curve.y + CURVE_ROW_HEIGHT, height: 78 });
    expect(footed.rowByKey.get('lane:doing')!.y - plain.rowByKey.get('lane:doing')!.y).toBe(78);
    expect(footed.rowByKey.get('channel:email')!.y).toBe(plain.rowByKey.get('channel:email')!.y);
    expect(footed.height - plain.height).toBe(78);
  });

  it('a negative footer counts as none', () => {
    expect(computeLayout({ ...input, curveFooterHeight: -5 }).rowByKey.get('curve')!.height).toBe(
      CURVE_ROW_HEIGHT,
    );
  });
});
