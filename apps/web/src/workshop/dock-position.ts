import type { OutlineStructure } from '../board/outline-structure';
import { COLUMN_WIDTH, columnX, ROW_HEADER_WIDTH } from '../canvas/layout';
import type { Size, Viewport } from '../state/viewport';

/**
 * The step's column on the board, as the canvas lays it out: stages in order, each with its steps (an
 * empty stage keeps one empty column), then the steps in no stage. Null when the step is not shown.
 */
export function columnOfStep(structure: OutlineStructure, stepId: string): number | null {
  let column = 0;
  for (const section of structure.sections) {
    const index = section.stepIds.indexOf(stepId);
    if (index >= 0) return column + index;
    column += section.stepIds.length === 0 && section.stageId !== null ? 1 : section.stepIds.length;
  }
  return null;
}

/** Room kept between the dock and the canvas's edges and pinned row headers. */
const MARGIN = 8;

/**
 * The left edge (in the canvas's CSS pixels) of a dock `width` wide that sits under the step's column,
 * centred on it, and stays in view: never under the pinned row headers, never past the right edge.
 */
export function dockLeft(column: number, viewport: Viewport, canvas: Size, width: number): number {
  const centre = viewport.x + (columnX(column) + COLUMN_WIDTH / 2) * viewport.scale;
  const min = Math.max(0, viewport.x) + ROW_HEADER_WIDTH * viewport.scale + MARGIN;
  const max = canvas.width - width - MARGIN;
  const left = centre - width / 2;
  if (max < min) return Math.max(MARGIN, max);
  return Math.min(max, Math.max(min, left));
}
