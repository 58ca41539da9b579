import { scoreColor } from './emotion-curve-path';
import { COLUMN_WIDTH, columnX, STAGE_BAND_HEIGHT, STEP_HEADER_HEIGHT } from './layout';

/**
 * Zoomed far out ("shapes" detail) a step header is a plain box and a curve point a coloured dot, and two
 * hundred of each are in view: each kind is drawn as one shape instead of a Konva node per step.
 */
export interface HeaderBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The header boxes of the columns `first..last` that hold a step, except `except` (drawn on its own). */
export function headerBoxes(
  columns: readonly { readonly index: number; readonly stepId: string | null }[],
  first: number,
  last: number,
  except: string | null,
): HeaderBox[] {
  const boxes: HeaderBox[] = [];
  for (const column of columns.slice(Math.max(0, first), last + 1)) {
    if (column.stepId === null || column.stepId === except) continue;
    boxes.push({
      x: columnX(column.index),
      y: STAGE_BAND_HEIGHT + 4,
      width: COLUMN_WIDTH,
      height: STEP_HEADER_HEIGHT - 8,
    });
  }
  return boxes;
}

export interface CurveDot {
  readonly x: number;
  readonly y: number;
  readonly color: string;
}

/** The curve's points as dots in their score's colour. */
export function curveDots(
  points: readonly { readonly x: number; readonly y: number; readonly value: number }[],
): CurveDot[] {
  return points.map((point) => ({ x: point.x, y: point.y, color: scoreColor(point.value) }));
}

/** The part of a 2D context the far marks use (a test can record the calls). */
export interface DotContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  fill(): void;
  stroke(): void;
}

export const DOT_RADIUS = 7;

/** Dots of one colour are filled together: a few fills for the whole curve, one white outline stroke. */
export function drawCurveDots(context: DotContext, dots: readonly CurveDot[]): void {
  const byColor = new Map<string, CurveDot[]>();
  for (const dot of dots) {
    const same = byColor.get(dot.color);
    if (same) same.push(dot);
    else byColor.set(dot.color, [dot]);
  }
  const trace = (list: readonly CurveDot[]) => {
    context.beginPath();
    for (const dot of list) {
      context.moveTo(dot.x + DOT_RADIUS, dot.y);
      context.arc(dot.x, dot.y, DOT_RADIUS, 0, Math.PI * 2);
    }
  };
  for (const [color, list] of byColor) {
    trace(list);
    context.fillStyle = color;
    context.fill();
  }
  trace(dots);
  context.strokeStyle = '#ffffff';
  context.lineWidth = 2;
  context.stroke();
}
