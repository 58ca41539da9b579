import type { Point, Viewport } from '../state/viewport';
import { cellKey, inlineEditableField } from './board-structure';
import type { CanvasAction, HitTarget } from './interaction-state';
import {
  addNoteOffset,
  addStepButtonCentre,
  type BoardLayout,
  BUTTON_RADIUS,
  type ColumnInput,
  cardRect,
  columnIndexAt,
  columnX,
  deleteStepButtonRect,
  noteDeleteOffset,
  noteOffset,
  pinnedOffsets,
  placeCardOffset,
  ROW_HEADER_WIDTH,
  rectContains,
  rowAt,
  STAGE_BAND_HEIGHT,
  TOP_HEIGHT,
} from './layout';

// Hit-testing is done here, on the layout, rather than by Konva: no layer needs a hit canvas, so every
// layer draws with listening(false) and a pan redraws only scene pixels.

export interface HitContext {
  readonly layout: BoardLayout;
  readonly cellNotes: ReadonlyMap<string, readonly string[]>;
  readonly viewport: Viewport;
  readonly readOnly: boolean;
  /** Whether this user may rename stages, channels and lanes (the facilitator). */
  readonly canEditStructure: boolean;
  readonly selectedStepId: string | null;
  readonly selectedNoteId: string | null;
  readonly canAddSteps: boolean;
  /** The channel of a step's card (null when it has none). */
  channelOf(stepId: string): string | null;
}

/** Where a new step goes when inserted at column gap `gap`: after the column before it, in its stage. */
export function stepInsertionAt(
  columns: readonly ColumnInput[],
  gap: number,
): { stageId: string | null; index: number } {
  const at = Math.max(0, Math.min(gap, columns.length));
  const before = columns[at - 1];
  if (before && before.stepId !== null) {
    let position = 0;
    for (let i = at - 2; i >= 0 && columns[i]!.stageId === before.stageId; i--) position += 1;
    return { stageId: before.stageId, index: position + 1 };
  }
  // Right after an empty stage's placeholder: the new step becomes that stage's first.
  if (before && before.stepId === null) return { stageId: before.stageId, index: 0 };
  const after = columns[at];
  if (after) return { stageId: after.stageId, index: 0 };
  // After an empty-stage placeholder at the very end, or on an empty board.
  return { stageId: before?.stageId ?? null, index: 0 };
}

/** Where a dragged column lands when dropped at gap `gap`: its stage and index there, counted without it. */
export function stepMoveTarget(
  columns: readonly ColumnInput[],
  stepId: string,
  gap: number,
): { stageId: string | null; index: number } | null {
  const from = columns.findIndex((column) => column.stepId === stepId);
  if (from < 0) return null;
  // Dropping a column in the gap on either side of itself changes nothing.
  if (gap === from || gap === from + 1) return null;
  const without = columns.filter((_, index) => index !== from);
  return stepInsertionAt(without, gap > from ? gap - 1 : gap);
}

function addStepAction(columns: readonly ColumnInput[], gap: number): CanvasAction {
  return { type: 'add-step', ...stepInsertionAt(columns, gap) };
}

/** An empty stage's placeholder column adds the stage's first step. */
function placeholderTarget(context: HitContext, column: ColumnInput): HitTarget {
  if (context.readOnly || !context.canAddSteps) return { kind: 'background' };
  return { kind: 'button', action: { type: 'add-step', stageId: column.stageId, index: 0 } };
}

function hitTopBand(context: HitContext, board: Point): HitTarget {
  const { layout } = context;
  if (board.y < STAGE_BAND_HEIGHT) {
    const span = layout.stageSpans.find(
      (candidate) => board.x >= candidate.x && board.x <= candidate.x + candidate.width,
    );
    return span ? { kind: 'stage', stageId: span.stageId } : { kind: 'background' };
  }
  const count = layout.columns.length;
  if (!context.readOnly && context.canAddSteps) {
    for (let gap = 0; gap <= count; gap++) {
      const centre = addStepButtonCentre(gap, count);
      if (Math.hypot(board.x - centre.x, board.y - centre.y) <= BUTTON_RADIUS + 2) {
        return { kind: 'button', action: addStepAction(layout.columns, gap) };
      }
    }
  }
  const index = columnIndexAt(layout, board.x);
  const column = layout.columns[index];
  if (!column) return { kind: 'background' };
  if (column.stepId === null) return placeholderTarget(context, column);
  if (
    !context.readOnly &&
    context.selectedStepId === column.stepId &&
    rectContains(deleteStepButtonRect(index), board)
  ) {
    return { kind: 'button', action: { type: 'delete-step', stepId: column.stepId } };
  }
  return { kind: 'column', stepId: column.stepId };
}

function hitRowHeader(context: HitContext, boardY: number): HitTarget {
  const row = rowAt(context.layout, boardY);
  if (!row || !context.canEditStructure || context.readOnly) return { kind: 'background' };
  if (row.kind === 'channel') return { kind: 'channel', channelId: row.channelId };
  if (row.kind === 'lane') return { kind: 'lane', laneId: row.laneId };
  return { kind: 'background' };
}

function hitCell(context: HitContext, board: Point): HitTarget {
  const { layout } = context;
  const index = columnIndexAt(layout, board.x);
  const row = rowAt(layout, board.y);
  const column = layout.columns[index];
  if (!column || !row) return { kind: 'background' };
  const stepId = column.stepId;
  if (stepId === null) return placeholderTarget(context, column);
  switch (row.kind) {
    case 'channel': {
      if (context.channelOf(stepId) === row.channelId) {
        return rectContains(cardRect(index, row), board) ? { kind: 'card', stepId } : { kind: 'background' };
      }
      const { channelId } = row;
      const local = { x: board.x - columnX(index), y: board.y - row.y };
      if (
        !context.readOnly &&
        context.selectedStepId === stepId &&
        rectContains(placeCardOffset(row.height), local)
      ) {
        return { kind: 'button', action: { type: 'place-card', stepId, channelId } };
      }
      return { kind: 'channel-cell', stepId, channelId };
    }
    case 'curve':
      return { kind: 'step', stepId };
    case 'time':
      return { kind: 'cell', stepId, laneId: 'time', field: 'durationMinutes' };
    case 'owner':
      return { kind: 'cell', stepId, laneId: 'owner', field: 'owner' };
    case 'lane': {
      const local = { x: board.x - columnX(index), y: board.y - row.y };
      const hasField = row.field !== null;
      const notes = context.cellNotes.get(cellKey(stepId, row.laneId)) ?? [];
      for (let i = 0; i < notes.length; i++) {
        const rect = noteOffset(i, hasField);
        if (!rectContains(rect, local)) continue;
        const noteId = notes[i]!;
        if (
          !context.readOnly &&
          context.selectedNoteId === noteId &&
          rectContains(noteDeleteOffset(rect), local)
        ) {
          return { kind: 'button', action: { type: 'delete-note', noteId } };
        }
        return { kind: 'note', noteId };
      }
      // The add-note button shows on the selected step's cells only, so the board stays calm.
      const canAdd = !context.readOnly && context.selectedStepId === stepId;
      if (canAdd && rectContains(addNoteOffset(notes.length, hasField), local)) {
        return { kind: 'button', action: { type: 'add-note', stepId, laneId: row.laneId } };
      }
      return { kind: 'cell', stepId, laneId: row.laneId, field: inlineEditableField(row.field) };
    }
  }
}

/** What is under a screen point, taking the pinned headers into account. */
export function hitTest(context: HitContext, screen: Point): HitTarget {
  const { viewport } = context;
  const { scale } = viewport;
  const pinned = pinnedOffsets(viewport);
  const inTopBand = screen.y >= pinned.y && screen.y < pinned.y + TOP_HEIGHT * scale;
  const inRowHeaders = screen.x >= pinned.x && screen.x < pinned.x + ROW_HEADER_WIDTH * scale;
  const boardX = (screen.x - viewport.x) / scale;
  const boardY = (screen.y - viewport.y) / scale;
  if (inTopBand && inRowHeaders) return { kind: 'background' };
  if (inTopBand) return hitTopBand(context, { x: boardX, y: (screen.y - pinned.y) / scale });
  if (inRowHeaders) return hitRowHeader(context, boardY);
  // Content scrolled under the pinned headers is hidden, so only what is below and right of them counts.
  if (screen.y < pinned.y || screen.x < pinned.x) return { kind: 'background' };
  return hitCell(context, { x: boardX, y: boardY });
}
