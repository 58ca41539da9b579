import { cellKey, inlineEditableField } from './board-structure';
import type { Anchor } from './editor-geometry';
import type { HitTarget } from './interaction-types';
import {
  type BoardLayout,
  COLUMN_WIDTH,
  cardRect,
  columnX,
  noteOffset,
  type RowLayout,
  STAGE_BAND_HEIGHT,
  STEP_HEADER_HEIGHT,
} from './layout';

// Keyboard focus on the canvas as a pure state machine: which card, lane cell or note has the keyboard,
// how arrow keys move it, and what Enter does. The canvas performs the returned effects.

/** What the keyboard can focus on the board: a step's card, a cell of a row, or a sticky note. */
export type CanvasItem =
  | { readonly kind: 'card'; readonly stepId: string }
  /**
   * A cell of a channel, time, owner or lane row (`rowKey` is the layout row's key); a channel's cell is
   * one that does not hold the step's card (Enter puts the card there).
   */
  | { readonly kind: 'cell'; readonly stepId: string; readonly rowKey: string }
  | { readonly kind: 'note'; readonly stepId: string; readonly rowKey: string; readonly noteId: string };

export type FocusKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'Enter' | 'F2';

export const FOCUS_KEYS: ReadonlySet<string> = new Set<FocusKey>([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'Enter',
  'F2',
]);

export type FocusEffect =
  /** The keyboard moved to this item: select it, show it, announce it. */
  | { readonly type: 'focus'; readonly item: CanvasItem }
  /** Edit the item in place (or, on a cell of a note-only lane, add a note there). */
  | { readonly type: 'activate'; readonly target: HitTarget };

export interface FocusTransition {
  readonly focus: CanvasItem | null;
  readonly effects: readonly FocusEffect[];
}

/** What the focus machine reads of the board: its geometry and which notes sit in which cell. */
export interface FocusBoard {
  readonly layout: BoardLayout;
  readonly cellNotes: ReadonlyMap<string, readonly string[]>;
  /** Where a keyboard user starts when nothing has the keyboard yet. */
  readonly selectedStepId: string | null;
  readonly selectedNoteId: string | null;
  /** The channel of a step's card (null when it has none). */
  channelOf(stepId: string): string | null;
}

interface Slot {
  /** The same key in two columns means the same place (e.g. the 2nd note of Pain points). */
  readonly key: string;
  readonly item: CanvasItem;
}

/**
 * The places in one step's column, top to bottom: its card (in its channel's row, or first when it has
 * none), the other channels' cells, then each row's cell followed by its notes.
 */
export function columnSlots(board: FocusBoard, stepId: string): Slot[] {
  const card: Slot = { key: 'card', item: { kind: 'card', stepId } };
  const channel = board.channelOf(stepId);
  const placed = channel !== null && board.layout.rowByKey.has(`channel:${channel}`);
  const slots: Slot[] = placed ? [] : [card];
  for (const row of board.layout.rows) {
    if (row.kind === 'curve') continue;
    if (row.kind === 'channel' && row.channelId === channel) {
      slots.push(card);
      continue;
    }
    slots.push({ key: `row:${row.key}`, item: { kind: 'cell', stepId, rowKey: row.key } });
    if (row.kind !== 'lane') continue;
    const notes = board.cellNotes.get(cellKey(stepId, row.laneId)) ?? [];
    notes.forEach((noteId, index) => {
      slots.push({
        key: `note:${row.key}:${index}`,
        item: { kind: 'note', stepId, rowKey: row.key, noteId },
      });
    });
  }
  return slots;
}

function stepColumns(layout: BoardLayout): string[] {
  const ids: string[] = [];
  for (const column of layout.columns) if (column.stepId !== null) ids.push(column.stepId);
  return ids;
}

function sameItem(a: CanvasItem, b: CanvasItem): boolean {
  if (a.kind !== b.kind || a.stepId !== b.stepId) return false;
  if (a.kind === 'card') return true;
  if (a.kind === 'cell') return b.kind === 'cell' && a.rowKey === b.rowKey;
  return b.kind === 'note' && a.noteId === b.noteId;
}

/** Where a note is now (a peer may have moved it), or null when it is gone. */
function findNote(board: FocusBoard, noteId: string): CanvasItem | null {
  for (const row of board.layout.rows) {
    if (row.kind !== 'lane') continue;
    for (const stepId of stepColumns(board.layout)) {
      if (board.cellNotes.get(cellKey(stepId, row.laneId))?.includes(noteId)) {
        return { kind: 'note', stepId, rowKey: row.key, noteId };
      }
    }
  }
  return null;
}

/**
 * The item as it is on the board now: a note a peer moved is followed, a deleted note leaves the focus
 * on its cell, and a deleted step (or row) leaves nothing focused.
 */
export function resolveItem(board: FocusBoard, item: CanvasItem | null): CanvasItem | null {
  if (!item) return null;
  const stepExists = board.layout.columnIndexByStep.has(item.stepId);
  if (item.kind === 'note') {
    const found = findNote(board, item.noteId);
    if (found) return sameItem(found, item) ? item : found;
    if (!stepExists || !board.layout.rowByKey.has(item.rowKey)) return null;
    return { kind: 'cell', stepId: item.stepId, rowKey: item.rowKey };
  }
  if (!stepExists) return null;
  if (item.kind === 'cell') {
    const row = board.layout.rowByKey.get(item.rowKey);
    if (!row) return null;
    // The card came to this channel's cell (Enter put it there, or a peer): the keyboard is on the card.
    if (row.kind === 'channel' && board.channelOf(item.stepId) === row.channelId) {
      return { kind: 'card', stepId: item.stepId };
    }
  }
  return item;
}

/** Where a keyboard user lands first: the selected note or step, else the first step's card. */
export function initialItem(board: FocusBoard): CanvasItem | null {
  if (board.selectedNoteId) {
    const note = findNote(board, board.selectedNoteId);
    if (note) return note;
  }
  const steps = stepColumns(board.layout);
  const stepId =
    board.selectedStepId && board.layout.columnIndexByStep.has(board.selectedStepId)
      ? board.selectedStepId
      : steps[0];
  return stepId ? { kind: 'card', stepId } : null;
}

function slotIndex(slots: readonly Slot[], item: CanvasItem): number {
  return slots.findIndex((slot) => sameItem(slot.item, item));
}

/** The same place in another column; a note missing there falls back to the nearest note, then the cell. */
function samePlaceIn(board: FocusBoard, stepId: string, key: string): CanvasItem {
  const slots = columnSlots(board, stepId);
  const exact = slots.find((slot) => slot.key === key);
  if (exact) return exact.item;
  const note = /^note:(.*):(\d+)$/.exec(key);
  if (note) {
    const [, rowKey = '', index = '0'] = note;
    for (let i = Number(index) - 1; i >= 0; i--) {
      const earlier = slots.find((slot) => slot.key === `note:${rowKey}:${i}`);
      if (earlier) return earlier.item;
    }
    const cell = slots.find((slot) => slot.key === `row:${rowKey}`);
    if (cell) return cell.item;
  }
  return { kind: 'card', stepId };
}

function moved(board: FocusBoard, item: CanvasItem, key: FocusKey): CanvasItem {
  const steps = stepColumns(board.layout);
  const slots = columnSlots(board, item.stepId);
  const index = slotIndex(slots, item);
  const key0 = slots[index]?.key ?? 'card';
  switch (key) {
    case 'ArrowUp':
      return slots[Math.max(0, index - 1)]?.item ?? item;
    case 'ArrowDown':
      return slots[Math.min(slots.length - 1, index + 1)]?.item ?? item;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const column = steps.indexOf(item.stepId);
      const next = steps[column + (key === 'ArrowLeft' ? -1 : 1)];
      return next ? samePlaceIn(board, next, key0) : item;
    }
    case 'Home':
    case 'End': {
      const stepId = key === 'Home' ? steps[0] : steps[steps.length - 1];
      return stepId ? samePlaceIn(board, stepId, key0) : item;
    }
    default:
      return item;
  }
}

/** What a double-click on the item would hit: Enter does the same thing as the mouse. */
export function hitTargetOf(board: FocusBoard, item: CanvasItem): HitTarget {
  switch (item.kind) {
    case 'card':
      return board.channelOf(item.stepId)
        ? { kind: 'card', stepId: item.stepId }
        : { kind: 'column', stepId: item.stepId };
    case 'note':
      return { kind: 'note', noteId: item.noteId };
    case 'cell': {
      const row = board.layout.rowByKey.get(item.rowKey);
      if (row?.kind === 'channel')
        return { kind: 'channel-cell', stepId: item.stepId, channelId: row.channelId };
      if (row?.kind === 'time')
        return { kind: 'cell', stepId: item.stepId, laneId: 'time', field: 'durationMinutes' };
      if (row?.kind === 'owner')
        return { kind: 'cell', stepId: item.stepId, laneId: 'owner', field: 'owner' };
      if (row?.kind === 'lane') {
        return {
          kind: 'cell',
          stepId: item.stepId,
          laneId: row.laneId,
          field: inlineEditableField(row.field),
        };
      }
      return { kind: 'step', stepId: item.stepId };
    }
  }
}

/** The keyboard focus machine: (focused item, key) → (next focused item, effects). */
export function focusReducer(current: CanvasItem | null, key: FocusKey, board: FocusBoard): FocusTransition {
  const resolved = resolveItem(board, current);
  if (!resolved) {
    const start = initialItem(board);
    return start ? { focus: start, effects: [{ type: 'focus', item: start }] } : { focus: null, effects: [] };
  }
  if (key === 'Enter' || key === 'F2') {
    return { focus: resolved, effects: [{ type: 'activate', target: hitTargetOf(board, resolved) }] };
  }
  const next = moved(board, resolved, key);
  if (sameItem(next, resolved) && resolved === current) return { focus: resolved, effects: [] };
  return { focus: next, effects: [{ type: 'focus', item: next }] };
}

/** The item a pointer press selected, so the keyboard carries on from where the mouse left off. */
export function itemOfHit(board: FocusBoard, hit: HitTarget): CanvasItem | null {
  switch (hit.kind) {
    case 'card':
    case 'column':
    case 'step':
      return { kind: 'card', stepId: hit.stepId };
    case 'channel-cell': {
      const rowKey = `channel:${hit.channelId}`;
      return board.layout.rowByKey.has(rowKey) ? { kind: 'cell', stepId: hit.stepId, rowKey } : null;
    }
    case 'note':
      return findNote(board, hit.noteId);
    case 'cell': {
      const rowKey = hit.laneId === 'time' || hit.laneId === 'owner' ? hit.laneId : `lane:${hit.laneId}`;
      return board.layout.rowByKey.has(rowKey) ? { kind: 'cell', stepId: hit.stepId, rowKey } : null;
    }
    default:
      return null;
  }
}

function headerAnchor(column: number): Anchor {
  return {
    space: 'band',
    rect: {
      x: columnX(column),
      y: STAGE_BAND_HEIGHT + 2,
      width: COLUMN_WIDTH,
      height: STEP_HEADER_HEIGHT - 4,
    },
  };
}

/** Where the focus ring goes: the card (or the step's header when it has no card), the cell, the note. */
export function itemAnchor(board: FocusBoard, item: CanvasItem): Anchor | null {
  const column = board.layout.columnIndexByStep.get(item.stepId);
  if (column === undefined) return null;
  if (item.kind === 'card') {
    const channel = board.channelOf(item.stepId);
    const row = channel ? board.layout.rowByKey.get(`channel:${channel}`) : undefined;
    return row ? { space: 'board', rect: cardRect(column, row) } : headerAnchor(column);
  }
  const row: RowLayout | undefined = board.layout.rowByKey.get(item.rowKey);
  if (!row) return null;
  if (item.kind === 'cell') {
    return {
      space: 'board',
      rect: { x: columnX(column), y: row.y, width: COLUMN_WIDTH, height: row.height },
    };
  }
  if (row.kind !== 'lane') return null;
  const index = board.cellNotes.get(cellKey(item.stepId, row.laneId))?.indexOf(item.noteId) ?? -1;
  if (index < 0) return null;
  const offset = noteOffset(index, row.field !== null);
  return {
    space: 'board',
    rect: { x: columnX(column) + offset.x, y: row.y + offset.y, width: offset.width, height: offset.height },
  };
}
