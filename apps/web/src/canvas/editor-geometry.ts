import type { EditingTarget } from '../state/ui-store';
import type { Rect, Viewport } from '../state/viewport';
import { cellKey } from './board-structure';
import {
  type BoardLayout,
  CELL_PADDING,
  COLUMN_WIDTH,
  cardRect,
  columnX,
  FIELD_HEIGHT,
  noteOffset,
  pinnedOffsets,
  ROW_HEADER_WIDTH,
  STAGE_BAND_HEIGHT,
  STEP_HEADER_HEIGHT,
} from './layout';

/** Which coordinate space a rectangle is in: the board, the pinned top band, or the pinned row headers. */
export type Space = 'board' | 'band' | 'rows';

export interface Anchor {
  readonly space: Space;
  readonly rect: Rect;
}

/** Where a double-click started editing; a step's title is edited where it was clicked (card or header). */
export type EditOrigin = 'card' | 'header' | 'cell';

export interface EditorContext {
  readonly layout: BoardLayout;
  readonly cellNotes: ReadonlyMap<string, readonly string[]>;
  channelOf(stepId: string): string | null;
}

function headerRect(column: number): Rect {
  return {
    x: columnX(column),
    y: STAGE_BAND_HEIGHT + 4,
    width: COLUMN_WIDTH,
    height: STEP_HEADER_HEIGHT - 8,
  };
}

/** The rectangle the in-place editor covers for a target, or null when it is not on the board. */
export function editorAnchor(
  context: EditorContext,
  target: NonNullable<EditingTarget>,
  origin: EditOrigin = 'cell',
): Anchor | null {
  const { layout } = context;
  switch (target.kind) {
    case 'step': {
      const column = layout.columnIndexByStep.get(target.stepId);
      if (column === undefined) return null;
      if (target.field === 'title') {
        const channel = context.channelOf(target.stepId);
        const row = channel ? layout.rowByKey.get(`channel:${channel}`) : undefined;
        if (origin === 'card' && row) {
          const card = cardRect(column, row);
          return { space: 'board', rect: { ...card, x: card.x + 8, width: card.width - 8 } };
        }
        return { space: 'band', rect: headerRect(column) };
      }
      const rowKey = target.field === 'durationMinutes' ? 'time' : target.field === 'owner' ? 'owner' : null;
      const row = rowKey
        ? layout.rowByKey.get(rowKey)
        : layout.rows.find((candidate) => candidate.kind === 'lane' && candidate.field === target.field);
      if (!row) return null;
      const height = row.kind === 'lane' ? FIELD_HEIGHT : row.height - 2 * 4;
      return {
        space: 'board',
        rect: { x: columnX(column) + 4, y: row.y + 4, width: COLUMN_WIDTH - 8, height },
      };
    }
    case 'note': {
      for (const row of layout.rows) {
        if (row.kind !== 'lane') continue;
        for (const column of layout.columns) {
          if (column.stepId === null) continue;
          const notes = context.cellNotes.get(cellKey(column.stepId, row.laneId));
          const index = notes?.indexOf(target.noteId) ?? -1;
          if (index < 0) continue;
          const offset = noteOffset(index, row.field !== null);
          return {
            space: 'board',
            rect: {
              x: columnX(column.index) + offset.x,
              y: row.y + offset.y,
              width: offset.width,
              height: offset.height,
            },
          };
        }
      }
      return null;
    }
    case 'stage': {
      const span = layout.stageSpans.find((candidate) => candidate.stageId === target.stageId);
      if (!span) return null;
      return {
        space: 'band',
        rect: { x: span.x, y: 4, width: Math.max(span.width, 160), height: STAGE_BAND_HEIGHT - 6 },
      };
    }
    case 'channel':
    case 'lane': {
      const key = target.kind === 'channel' ? `channel:${target.channelId}` : `lane:${target.laneId}`;
      const row = layout.rowByKey.get(key);
      if (!row) return null;
      return {
        space: 'rows',
        rect: {
          x: CELL_PADDING,
          y: row.y + 4,
          width: ROW_HEADER_WIDTH - 2 * CELL_PADDING,
          height: Math.min(row.height - 8, 56),
        },
      };
    }
  }
}

/** A rectangle from its space into screen pixels, following the pinned headers. */
export function anchorToScreen(anchor: Anchor, viewport: Viewport): Rect {
  const pinned = pinnedOffsets(viewport);
  const originX = anchor.space === 'rows' ? pinned.x : viewport.x;
  const originY = anchor.space === 'band' ? pinned.y : viewport.y;
  return {
    x: originX + anchor.rect.x * viewport.scale,
    y: originY + anchor.rect.y * viewport.scale,
    width: anchor.rect.width * viewport.scale,
    height: anchor.rect.height * viewport.scale,
  };
}
