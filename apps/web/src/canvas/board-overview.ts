import type { Channel, Note, Step } from '@journeyboard/journey';
import { cellKey } from './board-structure';
import { CARD_HEIGHT, CARD_WIDTH, cardIconBox } from './channel-icon-layout';
import { channelIconGlyph, GLYPH_SIZE, type Glyph, type PathContext, traceGlyph } from './channel-icons';
import { fieldText } from './format';
import { estimateLine, fitLines, type MeasureLine, SUMMARY_FONT_SIZE, summarySource } from './lane-summary';
import { type BoardLayout, CELL_PADDING, COLUMN_WIDTH, columnX, FIELD_HEIGHT, noteOffset } from './layout';
import { THEME } from './theme';

/** A filled (and maybe outlined) rectangle, in board coordinates. */
export interface OverviewRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
  readonly stroke: string | null;
  readonly strokeWidth: number;
}

export interface OverviewIcon {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly glyph: Glyph;
}

/** A lane cell's summary: its first words in a large font (top-left of the first line at x, y). */
export interface OverviewText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/**
 * What one column looks like zoomed far out ("shapes" detail): cards, notes and channel icons, and each
 * lane field's first words, large, so a lane that holds text never looks empty.
 */
export interface OverviewShapes {
  readonly rects: readonly OverviewRect[];
  readonly icons: readonly OverviewIcon[];
  readonly texts: readonly OverviewText[];
}

/** The overview of a whole board, by column index, built once per change and drawn culled. */
export type BoardOverviewShapes = readonly OverviewShapes[];

export interface OverviewInput {
  readonly layout: BoardLayout;
  readonly cellNotes: ReadonlyMap<string, readonly string[]>;
  readonly steps: ReadonlyMap<string, Step>;
  readonly notes: ReadonlyMap<string, Note>;
  readonly channels: ReadonlyMap<string, Channel>;
  /** A step being dragged is drawn on the drag layer instead. */
  readonly hiddenStepId?: string | null;
  /** Measures the summaries (the canvas's measureText in the browser). */
  readonly measure?: MeasureLine;
}

/** The summaries' width: the cell's, less its padding. */
export const SUMMARY_WIDTH = COLUMN_WIDTH - 2 * CELL_PADDING;

const ACCENT_WIDTH = 6;
const SAFE_COLOUR = /^#[0-9a-fA-F]{6}$/;
export const DEFAULT_NOTE_COLOUR = '#fde68a';

/** A note's fill: its own colour when it is a plain hex colour, the default otherwise (as the note view). */
export function noteFill(color: string): string {
  return SAFE_COLOUR.test(color) ? color : DEFAULT_NOTE_COLOUR;
}

/**
 * The shapes of every column, by column index, exactly where the step columns draw them at the "shapes"
 * detail level: one custom shape draws these instead of a bitmap per column, since zoomed far out a
 * couple of hundred columns are in view and caching each of them stalled the zoom.
 */
export function overviewShapes(input: OverviewInput): BoardOverviewShapes {
  return input.layout.columns.map((_, index) => overviewColumn(input, index));
}

/** The overview's columns, each built the first time it is drawn (a slice of them is asked for). */
export function lazyOverviewShapes(input: OverviewInput): Pick<BoardOverviewShapes, 'slice'> {
  const built: OverviewShapes[] = [];
  const count = input.layout.columns.length;
  return {
    slice(start = 0, end = count) {
      const from = Math.max(0, start);
      const to = Math.min(count, end);
      const columns: OverviewShapes[] = [];
      for (let index = from; index < to; index++) {
        built[index] ??= overviewColumn(input, index);
        columns.push(built[index]!);
      }
      return columns;
    },
  };
}

/**
 * One column of the overview. Zoomed out past the overview's threshold only the columns in view are drawn:
 * building all two hundred at once (measuring their summaries) stalled the frame that crossed it.
 */
export function overviewColumn(input: OverviewInput, index: number): OverviewShapes {
  const { layout, cellNotes, steps, notes, channels, hiddenStepId = null, measure = estimateLine } = input;
  const iconBox = cardIconBox('shapes');
  const column = layout.columns[index];
  const rects: OverviewRect[] = [];
  const icons: OverviewIcon[] = [];
  const texts: OverviewText[] = [];
  const step = !column || column.stepId === null ? undefined : steps.get(column.stepId);
  if (!step) return { rects, icons, texts };
  const x = columnX(index);
  for (const row of layout.rows) {
    if (row.kind === 'channel') {
      if (step.channelId !== row.channelId || step.id === hiddenStepId) continue;
      const channel = channels.get(row.channelId);
      const cardX = x + CELL_PADDING;
      const cardY = row.y + CELL_PADDING;
      rects.push({
        x: cardX,
        y: cardY,
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        fill: THEME.card,
        stroke: step.momentOfTruth ? THEME.danger : THEME.cardBorder,
        strokeWidth: step.momentOfTruth ? 2 : 1,
      });
      rects.push({
        x: cardX,
        y: cardY,
        width: ACCENT_WIDTH,
        height: CARD_HEIGHT,
        fill: channel?.color ?? THEME.cardBorder,
        stroke: null,
        strokeWidth: 0,
      });
      const glyph = channelIconGlyph(channel?.icon ?? '');
      if (glyph) icons.push({ x: cardX + iconBox.x, y: cardY + iconBox.y, size: iconBox.size, glyph });
    } else if (row.kind === 'time' || row.kind === 'owner') {
      const value = fieldText(step, row.kind === 'time' ? 'durationMinutes' : 'owner');
      const [line] = fitLines(value, SUMMARY_WIDTH, 1, SUMMARY_FONT_SIZE, measure);
      if (line)
        texts.push({
          x: x + CELL_PADDING,
          y: row.y + Math.max(0, (row.height - SUMMARY_FONT_SIZE) / 2),
          text: line,
        });
    } else if (row.kind === 'lane') {
      if (row.field !== null) {
        const [line] = fitLines(summarySource(step, row.field), SUMMARY_WIDTH, 1, SUMMARY_FONT_SIZE, measure);
        if (line)
          texts.push({
            x: x + CELL_PADDING,
            y: row.y + CELL_PADDING + (FIELD_HEIGHT - SUMMARY_FONT_SIZE) / 2,
            text: line,
          });
      }
      const ids = cellNotes.get(cellKey(step.id, row.laneId)) ?? [];
      ids.forEach((noteId, i) => {
        const note = notes.get(noteId);
        if (!note) return;
        const offset = noteOffset(i, row.field !== null);
        rects.push({
          x: x + offset.x,
          y: row.y + offset.y,
          width: offset.width,
          height: offset.height,
          fill: noteFill(note.color),
          stroke: null,
          strokeWidth: 0,
        });
      });
    }
  }
  return { rects, icons, texts };
}

/** The part of a 2D context the overview is drawn with. */
export interface OverviewContext extends PathContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  fillRect(x: number, y: number, width: number, height: number): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  beginPath(): void;
  stroke(): void;
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  scale(x: number, y: number): void;
  font: string;
  textBaseline: CanvasTextBaseline;
  fillText(text: string, x: number, y: number): void;
  /** The current transform: summaries too small to read on screen are drawn as bars instead. */
  getTransform?(): { a: number };
}

/** Below this many screen pixels a summary's letters are unreadable: a bar shows where the text is. */
const MIN_READABLE_PX = 5;

/**
 * Draws the columns `first`..`last` of the overview: rectangles first, then the icons, one stroked path
 * each.
 */
export function drawOverview(
  context: OverviewContext,
  board: Pick<BoardOverviewShapes, 'slice'>,
  first: number,
  last: number,
): void {
  const columns = board.slice(Math.max(0, first), Math.max(0, last + 1));
  for (const column of columns) drawRects(context, column.rects);
  drawTexts(context, columns);
  if (!columns.some((column) => column.icons.length > 0)) return;
  context.strokeStyle = THEME.mutedText;
  context.lineWidth = 2;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  for (const column of columns) drawIcons(context, column.icons);
}

function drawRects(context: OverviewContext, rects: readonly OverviewRect[]): void {
  for (const rect of rects) {
    context.fillStyle = rect.fill;
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
    if (rect.stroke) {
      context.strokeStyle = rect.stroke;
      context.lineWidth = rect.strokeWidth;
      context.strokeRect(rect.x, rect.y, rect.width, rect.height);
    }
  }
}

function drawTexts(context: OverviewContext, columns: readonly OverviewShapes[]): void {
  const scale = context.getTransform?.().a ?? 1;
  context.fillStyle = THEME.text;
  if (SUMMARY_FONT_SIZE * scale < MIN_READABLE_PX) {
    // A grey bar as long as the words, where they would be.
    context.fillStyle = THEME.mutedText;
    for (const column of columns)
      for (const text of column.texts)
        context.fillRect(
          text.x,
          text.y + SUMMARY_FONT_SIZE * 0.3,
          Math.min(SUMMARY_WIDTH, text.text.length * SUMMARY_FONT_SIZE * 0.5),
          SUMMARY_FONT_SIZE * 0.4,
        );
    return;
  }
  context.font = `${SUMMARY_FONT_SIZE}px ${THEME.font}`;
  context.textBaseline = 'top';
  for (const column of columns) for (const text of column.texts) context.fillText(text.text, text.x, text.y);
}

function drawIcons(context: OverviewContext, icons: readonly OverviewIcon[]): void {
  for (const icon of icons) {
    const scale = icon.size / GLYPH_SIZE;
    context.save();
    context.translate(icon.x, icon.y);
    context.scale(scale, scale);
    context.beginPath();
    traceGlyph(context, icon.glyph);
    context.stroke();
    context.restore();
  }
}
