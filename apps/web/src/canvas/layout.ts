import type { Point, Rect } from '../state/viewport';

// Board geometry as pure functions of a small description of the board. Every size is in board units
// (1 unit = 1 CSS pixel at 100 % zoom). Columns have one fixed width so the visible range is O(1).

export const ROW_HEADER_WIDTH = 168;
export const STAGE_BAND_HEIGHT = 40;
export const STEP_HEADER_HEIGHT = 40;
/** Everything above the first row: the stage band and the step header (column handle) row. */
export const TOP_HEIGHT = STAGE_BAND_HEIGHT + STEP_HEADER_HEIGHT;
export const COLUMN_WIDTH = 224;
export const COLUMN_GAP = 16;
export const COLUMN_PITCH = COLUMN_WIDTH + COLUMN_GAP;
export const CHANNEL_ROW_HEIGHT = 104;
export const CURVE_ROW_HEIGHT = 220;
export const INFO_ROW_HEIGHT = 44;
export const CELL_PADDING = 8;
export const FIELD_HEIGHT = 52;
export const NOTE_HEIGHT = 60;
export const NOTE_GAP = 6;
export const NOTES_PER_ROW = 2;
export const NOTE_WIDTH = (COLUMN_WIDTH - 2 * CELL_PADDING - (NOTES_PER_ROW - 1) * NOTE_GAP) / NOTES_PER_ROW;
/** Room for the "add note" button under the notes of a cell. */
export const ADD_NOTE_HEIGHT = 26;
export const MIN_LANE_HEIGHT = 72;
/** Width of the trailing "add step" column. */
export const ADD_COLUMN_WIDTH = 64;

/** One column: a step, or an empty stage shown as a placeholder so it can receive steps. */
export interface ColumnInput {
  readonly stepId: string | null;
  readonly stageId: string | null;
}

export interface LaneInput {
  readonly id: string;
  /** The step field shown in each cell above the notes (e.g. `doing`), or null for note-only lanes. */
  readonly field: string | null;
  /** The largest number of notes in any one cell of this lane. */
  readonly maxNotes: number;
}

export interface LayoutInput {
  readonly columns: readonly ColumnInput[];
  readonly channelIds: readonly string[];
  readonly lanes: readonly LaneInput[];
  /** Where the built-in time and owner rows go: after this many lanes. */
  readonly infoRowsAfterLane: number;
  /**
   * Extra height under the plotted curve, for figures drawn per column through the canvas's marks slot
   * (imported service-desk figures); 0 or absent for none.
   */
  readonly curveFooterHeight?: number;
}

export type RowSpec =
  | { readonly kind: 'channel'; readonly key: string; readonly channelId: string }
  | { readonly kind: 'curve'; readonly key: 'curve' }
  | { readonly kind: 'time'; readonly key: 'time' }
  | { readonly kind: 'owner'; readonly key: 'owner' }
  | { readonly kind: 'lane'; readonly key: string; readonly laneId: string; readonly field: string | null };

export type RowLayout = RowSpec & { readonly y: number; readonly height: number };

export interface ColumnLayout extends ColumnInput {
  readonly index: number;
  readonly x: number;
}

export interface StageSpan {
  readonly stageId: string;
  readonly x: number;
  readonly width: number;
  readonly firstIndex: number;
  readonly lastIndex: number;
}

export interface BoardLayout {
  readonly columns: readonly ColumnLayout[];
  readonly rows: readonly RowLayout[];
  readonly stageSpans: readonly StageSpan[];
  readonly columnIndexByStep: ReadonlyMap<string, number>;
  readonly rowByKey: ReadonlyMap<string, RowLayout>;
  /** Total board size including the headers. */
  readonly width: number;
  readonly height: number;
}

/** What a layer drawn by column range takes: the layout and its columns `first..last`. */
export interface ColumnSpanProps {
  readonly layout: BoardLayout;
  readonly first: number;
  readonly last: number;
}

export function columnX(index: number): number {
  return ROW_HEADER_WIDTH + COLUMN_GAP + index * COLUMN_PITCH;
}

export function laneHeight(lane: LaneInput): number {
  const noteRows = Math.ceil(Math.max(0, lane.maxNotes) / NOTES_PER_ROW);
  const notes = noteRows * (NOTE_HEIGHT + NOTE_GAP);
  const field = lane.field ? FIELD_HEIGHT : 0;
  return Math.max(MIN_LANE_HEIGHT, 2 * CELL_PADDING + field + notes + ADD_NOTE_HEIGHT);
}

/** The rows from top to bottom: channels, the emotion curve, then lanes with time and owner among them. */
export function rowSpecs(input: LayoutInput): { spec: RowSpec; height: number }[] {
  const rows: { spec: RowSpec; height: number }[] = [];
  for (const channelId of input.channelIds) {
    rows.push({
      spec: { kind: 'channel', key: `channel:${channelId}`, channelId },
      height: CHANNEL_ROW_HEIGHT,
    });
  }
  rows.push({
    spec: { kind: 'curve', key: 'curve' },
    height: CURVE_ROW_HEIGHT + Math.max(0, input.curveFooterHeight ?? 0),
  });
  const infoAt = Math.max(0, Math.min(input.infoRowsAfterLane, input.lanes.length));
  input.lanes.forEach((lane, index) => {
    if (index === infoAt) pushInfoRows(rows);
    rows.push({
      spec: { kind: 'lane', key: `lane:${lane.id}`, laneId: lane.id, field: lane.field },
      height: laneHeight(lane),
    });
  });
  if (infoAt >= input.lanes.length) pushInfoRows(rows);
  return rows;
}

function pushInfoRows(rows: { spec: RowSpec; height: number }[]) {
  rows.push({ spec: { kind: 'time', key: 'time' }, height: INFO_ROW_HEIGHT });
  rows.push({ spec: { kind: 'owner', key: 'owner' }, height: INFO_ROW_HEIGHT });
}

/** The part of the curve row the scores are plotted in: its top, without the footer under it. */
export function curvePlot(row: { readonly y: number; readonly height: number }): {
  readonly y: number;
  readonly height: number;
} {
  return { y: row.y, height: Math.min(row.height, CURVE_ROW_HEIGHT) };
}

/** The footer under the plotted curve, or null when the row has none. */
export function curveFooter(row: { readonly y: number; readonly height: number }): {
  readonly y: number;
  readonly height: number;
} | null {
  const plot = curvePlot(row);
  const height = row.height - plot.height;
  return height > 0 ? { y: row.y + plot.height, height } : null;
}

/** Contiguous runs of columns sharing a stage; unstaged columns get no span. */
export function stageSpans(columns: readonly ColumnInput[]): StageSpan[] {
  const spans: StageSpan[] = [];
  let index = 0;
  while (index < columns.length) {
    const stageId = columns[index]!.stageId;
    let last = index;
    while (last + 1 < columns.length && columns[last + 1]!.stageId === stageId) last += 1;
    if (stageId !== null) {
      const x = columnX(index);
      spans.push({ stageId, x, width: columnX(last) + COLUMN_WIDTH - x, firstIndex: index, lastIndex: last });
    }
    index = last + 1;
  }
  return spans;
}

export function computeLayout(input: LayoutInput): BoardLayout {
  const columns = input.columns.map((column, index) => ({ ...column, index, x: columnX(index) }));
  const columnIndexByStep = new Map<string, number>();
  for (const column of columns)
    if (column.stepId !== null) columnIndexByStep.set(column.stepId, column.index);
  let y = TOP_HEIGHT;
  const rows: RowLayout[] = [];
  for (const { spec, height } of rowSpecs(input)) {
    rows.push({ ...spec, y, height });
    y += height;
  }
  const rowByKey = new Map<string, RowLayout>();
  for (const row of rows) rowByKey.set(row.key, row);
  return {
    columns,
    rows,
    stageSpans: stageSpans(input.columns),
    columnIndexByStep,
    rowByKey,
    width: columnX(columns.length) + ADD_COLUMN_WIDTH,
    height: y,
  };
}

/** The index range [first, last] of columns overlapping board x range [left, right], widened by `overscan`. */
export function visibleColumnRange(
  columnCount: number,
  left: number,
  right: number,
  overscan = 1,
): { first: number; last: number } {
  if (columnCount === 0 || !(right >= left)) return { first: 0, last: -1 };
  const first = Math.floor((left - ROW_HEADER_WIDTH - COLUMN_GAP - COLUMN_WIDTH) / COLUMN_PITCH) + 1;
  const last = Math.floor((right - ROW_HEADER_WIDTH - COLUMN_GAP) / COLUMN_PITCH);
  return {
    first: Math.max(0, first - overscan),
    last: Math.min(columnCount - 1, last + overscan),
  };
}

/** The rows overlapping board y range [top, bottom]. */
export function visibleRows(rows: readonly RowLayout[], top: number, bottom: number): RowLayout[] {
  return rows.filter((row) => row.y + row.height > top && row.y < bottom);
}

/** The column under board x, or -1 between columns, in the header or past the end. */
export function columnIndexAt(layout: BoardLayout, x: number): number {
  const offset = x - ROW_HEADER_WIDTH - COLUMN_GAP;
  if (offset < 0) return -1;
  const index = Math.floor(offset / COLUMN_PITCH);
  if (index >= layout.columns.length || offset - index * COLUMN_PITCH > COLUMN_WIDTH) return -1;
  return index;
}

/** The gap nearest to board x where a dragged column would be inserted: 0 … columnCount. */
export function insertionIndexAt(columnCount: number, x: number): number {
  const index = Math.round((x - ROW_HEADER_WIDTH - COLUMN_GAP / 2) / COLUMN_PITCH);
  return Math.max(0, Math.min(columnCount, Number.isFinite(index) ? index : columnCount));
}

/** The board x of the gap before column `index` (the drop indicator for a column drag). */
export function gapX(index: number): number {
  return columnX(index) - COLUMN_GAP / 2;
}

export function rowAt(layout: BoardLayout, y: number): RowLayout | null {
  for (const row of layout.rows) if (y >= row.y && y < row.y + row.height) return row;
  return null;
}

/** The channel row under board y, or, above or below the channel rows, the nearest one. */
export function nearestChannelAt(layout: BoardLayout, y: number): string | null {
  const channels = layout.rows.filter((row) => row.kind === 'channel');
  if (channels.length === 0) return null;
  let best = channels[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const row of channels) {
    const distance = Math.abs(y - (row.y + row.height / 2));
    if (distance < bestDistance) {
      best = row;
      bestDistance = distance;
    }
  }
  return best.kind === 'channel' ? best.channelId : null;
}

export function cellRect(column: number, row: RowLayout): Rect {
  return { x: columnX(column), y: row.y, width: COLUMN_WIDTH, height: row.height };
}

/** The touchpoint card of a step inside its channel row's cell. */
export function cardRect(column: number, row: RowLayout): Rect {
  return {
    x: columnX(column) + CELL_PADDING,
    y: row.y + CELL_PADDING,
    width: COLUMN_WIDTH - 2 * CELL_PADDING,
    height: row.height - 2 * CELL_PADDING,
  };
}

/** The i-th sticky note of a cell, relative to the cell's top-left corner. */
export function noteOffset(index: number, hasField: boolean): Rect {
  const column = index % NOTES_PER_ROW;
  const line = Math.floor(index / NOTES_PER_ROW);
  return {
    x: CELL_PADDING + column * (NOTE_WIDTH + NOTE_GAP),
    y: CELL_PADDING + (hasField ? FIELD_HEIGHT : 0) + line * (NOTE_HEIGHT + NOTE_GAP),
    width: NOTE_WIDTH,
    height: NOTE_HEIGHT,
  };
}

/**
 * The "card here" button, relative to a channel cell: drawn in the selected step's channel cells that do
 * not hold its card (a press puts the card there).
 */
export function placeCardOffset(rowHeight: number): Rect {
  const height = ADD_NOTE_HEIGHT - 4;
  return {
    x: CELL_PADDING,
    y: Math.round((rowHeight - height) / 2),
    width: COLUMN_WIDTH - 2 * CELL_PADDING,
    height,
  };
}

/** The "add note" button of a cell with `count` notes, relative to the cell. */
export function addNoteOffset(count: number, hasField: boolean): Rect {
  const lines = Math.ceil(count / NOTES_PER_ROW);
  return {
    x: CELL_PADDING,
    y: CELL_PADDING + (hasField ? FIELD_HEIGHT : 0) + lines * (NOTE_HEIGHT + NOTE_GAP),
    width: COLUMN_WIDTH - 2 * CELL_PADDING,
    height: ADD_NOTE_HEIGHT - 4,
  };
}

/** The content rectangle zoom-to-fit shows: everything including the headers. */
export function contentBounds(layout: BoardLayout): Rect {
  return { x: 0, y: 0, width: layout.width, height: layout.height };
}

/**
 * Where the pinned headers go on screen: at their natural place while it is visible, otherwise stuck to
 * the left (row headers) or top (stage band) edge. Values are screen pixels.
 */
export function pinnedOffsets(viewport: { x: number; y: number }): Point {
  return { x: Math.max(0, viewport.x), y: Math.max(0, viewport.y) };
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function rectContains(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.width &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.height
  );
}

export const BUTTON_RADIUS = 10;

/** Centre of the "add step" button in the step header row for insertion gap `gap` (0 … columnCount). */
export function addStepButtonCentre(gap: number, columnCount: number): Point {
  const x = gap >= columnCount ? columnX(columnCount) + ADD_COLUMN_WIDTH / 2 - COLUMN_GAP / 2 : gapX(gap);
  return { x, y: STAGE_BAND_HEIGHT + STEP_HEADER_HEIGHT / 2 };
}

/** The delete button in the header of the selected column, in board coordinates. */
export function deleteStepButtonRect(column: number): Rect {
  return { x: columnX(column) + COLUMN_WIDTH - 26, y: STAGE_BAND_HEIGHT + 10, width: 20, height: 20 };
}

/** The delete button in the corner of a selected note, relative to the note. */
export function noteDeleteOffset(note: Rect): Rect {
  return { x: note.x + note.width - 18, y: note.y + 2, width: 16, height: 16 };
}
