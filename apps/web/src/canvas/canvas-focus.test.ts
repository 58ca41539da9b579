import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellKey } from './board-structure';
import {
  type CanvasItem,
  columnSlots,
  type FocusBoard,
  type FocusKey,
  focusReducer,
  hitTargetOf,
  itemAnchor,
  itemOfHit,
  resolveItem,
} from './canvas-focus';
import { computeLayout } from './layout';

function board(options: {
  steps?: string[];
  notes?: Record<string, string[]>;
  selectedStepId?: string | null;
  selectedNoteId?: string | null;
  channels?: Record<string, string>;
}): FocusBoard {
  const steps = options.steps ?? ['s1', 's2', 's3'];
  const layout = computeLayout({
    columns: steps.map((stepId) => ({ stepId, stageId: null })),
    channelIds: ['web', 'phone'],
    lanes: [
      { id: 'doing', field: 'doing', maxNotes: 2 },
      { id: 'pain', field: null, maxNotes: 3 },
    ],
    infoRowsAfterLane: 1,
  });
  const cellNotes = new Map<string, string[]>();
  for (const [key, ids] of Object.entries(options.notes ?? {})) {
    const [stepId = '', laneId = ''] = key.split('/');
    cellNotes.set(cellKey(stepId, laneId), ids);
  }
  const channels = options.channels ?? { s1: 'web', s2: 'phone' };
  return {
    layout,
    cellNotes,
    selectedStepId: options.selectedStepId ?? null,
    selectedNoteId: options.selectedNoteId ?? null,
    channelOf: (stepId) => channels[stepId] ?? null,
  };
}

const card = (stepId: string): CanvasItem => ({ kind: 'card', stepId });
const cell = (stepId: string, rowKey: string): CanvasItem => ({ kind: 'cell', stepId, rowKey });
const note = (stepId: string, rowKey: string, noteId: string): CanvasItem => ({
  kind: 'note',
  stepId,
  rowKey,
  noteId,
});

function press(b: FocusBoard, from: CanvasItem | null, ...keys: FocusKey[]): CanvasItem | null {
  let focus = from;
  for (const key of keys) focus = focusReducer(focus, key, b).focus;
  return focus;
}

describe('canvas keyboard focus', () => {
  it('lists a column top to bottom: the card in its channel’s row, each row, each note after its lane cell', () => {
    const b = board({ notes: { 's1/pain': ['n1', 'n2'] } });
    expect(columnSlots(b, 's1').map((slot) => slot.key)).toEqual([
      'card',
      'row:channel:phone',
      'row:lane:doing',
      'row:time',
      'row:owner',
      'row:lane:pain',
      'note:lane:pain:0',
      'note:lane:pain:1',
    ]);
    // Step 2's card is in the second channel's row; step 3 has none: its card (the header) comes first.
    expect(
      columnSlots(b, 's2')
        .map((slot) => slot.key)
        .slice(0, 3),
    ).toEqual(['row:channel:web', 'card', 'row:lane:doing']);
    expect(
      columnSlots(b, 's3')
        .map((slot) => slot.key)
        .slice(0, 4),
    ).toEqual(['card', 'row:channel:web', 'row:channel:phone', 'row:lane:doing']);
  });

  it('offers the other channels’ cells: Enter puts the card there, and the keyboard follows it', () => {
    const b = board({});
    expect(press(b, card('s1'), 'ArrowDown')).toEqual(cell('s1', 'channel:phone'));
    expect(focusReducer(cell('s1', 'channel:phone'), 'Enter', b).effects).toEqual([
      { type: 'activate', target: { kind: 'channel-cell', stepId: 's1', channelId: 'phone' } },
    ]);
    // Once the card is there (this user's Enter, or a peer), the keyboard is on the card.
    const moved = board({ channels: { s1: 'phone', s2: 'phone' } });
    expect(resolveItem(moved, cell('s1', 'channel:phone'))).toEqual(card('s1'));
    expect(resolveItem(moved, cell('s1', 'channel:web'))).toEqual(cell('s1', 'channel:web'));
    // Across: from a channel's cell to the same channel in the next column, or to its card there.
    expect(press(b, cell('s1', 'channel:phone'), 'ArrowRight')).toEqual(card('s2'));
    expect(press(b, cell('s2', 'channel:web'), 'ArrowRight')).toEqual(cell('s3', 'channel:web'));
    expect(itemOfHit(b, { kind: 'channel-cell', stepId: 's3', channelId: 'web' })).toEqual(
      cell('s3', 'channel:web'),
    );
    expect(itemAnchor(b, cell('s3', 'channel:web'))?.space).toBe('board');
  });

  it('starts on the selected step, else on the first card, and announces it', () => {
    expect(focusReducer(null, 'ArrowDown', board({}))).toEqual({
      focus: card('s1'),
      effects: [{ type: 'focus', item: card('s1') }],
    });
    expect(focusReducer(null, 'ArrowRight', board({ selectedStepId: 's2' })).focus).toEqual(card('s2'));
    expect(
      focusReducer(null, 'ArrowRight', board({ selectedNoteId: 'n9', notes: { 's3/pain': ['n9'] } })).focus,
    ).toEqual(note('s3', 'lane:pain', 'n9'));
    expect(focusReducer(null, 'ArrowRight', board({ steps: [] }))).toEqual({ focus: null, effects: [] });
  });

  it('moves down a column and across to the same place in the next one', () => {
    const b = board({ notes: { 's1/pain': ['n1', 'n2'], 's2/pain': ['n3'] } });
    expect(press(b, card('s1'), 'ArrowDown', 'ArrowDown')).toEqual(cell('s1', 'lane:doing'));
    expect(
      press(b, card('s1'), 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'),
    ).toEqual(note('s1', 'lane:pain', 'n1'));
    // The second note has no counterpart in step 2: the nearest note there takes the focus.
    expect(press(b, note('s1', 'lane:pain', 'n2'), 'ArrowRight')).toEqual(note('s2', 'lane:pain', 'n3'));
    // Step 3 has no notes in that lane: the lane's cell takes it.
    expect(press(b, note('s2', 'lane:pain', 'n3'), 'ArrowRight')).toEqual(cell('s3', 'lane:pain'));
    expect(press(b, cell('s3', 'owner'), 'Home')).toEqual(cell('s1', 'owner'));
    expect(press(b, card('s1'), 'End')).toEqual(card('s3'));
  });

  it('stays put at the edges without announcing again', () => {
    const b = board({});
    expect(focusReducer(card('s1'), 'ArrowUp', b)).toEqual({ focus: card('s1'), effects: [] });
    expect(focusReducer(card('s1'), 'ArrowLeft', b)).toEqual({ focus: card('s1'), effects: [] });
    expect(focusReducer(cell('s3', 'lane:pain'), 'ArrowDown', b).effects).toEqual([]);
  });

  it('Enter does what a double-click would do on the item', () => {
    const b = board({ notes: { 's1/pain': ['n1'] } });
    expect(focusReducer(card('s1'), 'Enter', b).effects).toEqual([
      { type: 'activate', target: { kind: 'card', stepId: 's1' } },
    ]);
    // A step without a card is edited in its header.
    expect(hitTargetOf(b, card('s3'))).toEqual({ kind: 'column', stepId: 's3' });
    expect(hitTargetOf(b, cell('s1', 'lane:doing'))).toEqual({
      kind: 'cell',
      stepId: 's1',
      laneId: 'doing',
      field: 'doing',
    });
    expect(hitTargetOf(b, cell('s1', 'lane:pain'))).toEqual({
      kind: 'cell',
      stepId: 's1',
      laneId: 'pain',
      field: null,
    });
    expect(hitTargetOf(b, cell('s1', 'time'))).toEqual({
      kind: 'cell',
      stepId: 's1',
      laneId: 'time',
      field: 'durationMinutes',
    });
    expect(focusReducer(note('s1', 'lane:pain', 'n1'), 'F2', b).effects).toEqual([
      { type: 'activate', target: { kind: 'note', noteId: 'n1' } },
    ]);
  });

  it('follows a note a peer moved, and falls back to its cell when it is deleted', () => {
    const moved = board({ notes: { 's2/pain': ['n1'] } });
    expect(resolveItem(moved, note('s1', 'lane:pain', 'n1'))).toEqual(note('s2', 'lane:pain', 'n1'));
    const gone = board({});
    expect(resolveItem(gone, note('s1', 'lane:pain', 'n1'))).toEqual(cell('s1', 'lane:pain'));
    expect(resolveItem(board({ steps: ['s2'] }), card('s1'))).toBeNull();
    expect(resolveItem(gone, cell('s1', 'lane:gone'))).toBeNull();
  });

  it('carries on from what the mouse selected', () => {
    const b = board({ notes: { 's2/pain': ['n1'] } });
    expect(itemOfHit(b, { kind: 'column', stepId: 's2' })).toEqual(card('s2'));
    expect(itemOfHit(b, { kind: 'note', noteId: 'n1' })).toEqual(note('s2', 'lane:pain', 'n1'));
    expect(itemOfHit(b, { kind: 'cell', stepId: 's1', laneId: 'owner', field: 'owner' })).toEqual(
      cell('s1', 'owner'),
    );
    expect(itemOfHit(b, { kind: 'background' })).toBeNull();
  });

  it('rings the card, the header of a step without a card, a cell and a note', () => {
    const b = board({ notes: { 's1/pain': ['n1'] } });
    expect(itemAnchor(b, card('s1'))?.space).toBe('board');
    expect(itemAnchor(b, card('s3'))?.space).toBe('band');
    const cellRect = itemAnchor(b, cell('s1', 'lane:pain'))?.rect;
    const noteRect = itemAnchor(b, note('s1', 'lane:pain', 'n1'))?.rect;
    expect(cellRect && noteRect).toBeTruthy();
    if (!cellRect || !noteRect) return;
    expect(noteRect.x).toBeGreaterThan(cellRect.x);
    expect(noteRect.y).toBeGreaterThan(cellRect.y);
    expect(itemAnchor(b, card('nope'))).toBeNull();
  });

  it('never leaves the board, whatever keys are pressed', () => {
    const b = board({ notes: { 's1/pain': ['n1', 'n2', 'n3'], 's2/doing': ['n4'], 's3/pain': ['n5'] } });
    const keys = fc.constantFrom<FocusKey>('ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End');
    fc.assert(
      fc.property(fc.array(keys, { minLength: 1, maxLength: 40 }), (sequence) => {
        const focus = press(b, null, ...sequence);
        expect(focus).not.toBeNull();
        if (!focus) return;
        expect(resolveItem(b, focus)).toEqual(focus);
        expect(itemAnchor(b, focus)).not.toBeNull();
      }),
    );
  });

  it('an arrow and its opposite come back to the same place within a column', () => {
    const b = board({ notes: { 's1/pain': ['n1', 'n2'] } });
    const slots = columnSlots(b, 's1');
    for (let i = 1; i < slots.length - 1; i++) {
      const item = slots[i]!.item;
      expect(press(b, item, 'ArrowDown', 'ArrowUp')).toEqual(item);
    }
  });
});
