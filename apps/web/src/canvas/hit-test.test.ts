import { describe, expect, it } from 'vitest';
import { boardToScreen } from '../state/viewport';
import { cellKey } from './board-structure';
import { type HitContext, hitTest, stepInsertionAt, stepMoveTarget } from './hit-test';
import {
  addNoteOffset,
  addStepButtonCentre,
  type ColumnInput,
  cardRect,
  columnX,
  computeLayout,
  deleteStepButtonRect,
  noteDeleteOffset,
  noteOffset,
  placeCardOffset,
  ROW_HEADER_WIDTH,
  STAGE_BAND_HEIGHT,
  TOP_HEIGHT,
} from './layout';

const columns: ColumnInput[] = [
  { stepId: 'a', stageId: 's1' },
  { stepId: 'b', stageId: 's1' },
  { stepId: null, stageId: 's2' },
  { stepId: 'c', stageId: 's3' },
];
const layout = computeLayout({
  columns,
  channelIds: ['email', 'phone'],
  lanes: [
    { id: 'doing', field: 'doing', maxNotes: 0 },
    { id: 'people', field: 'people-systems', maxNotes: 0 },
    { id: 'pain', field: null, maxNotes: 3 },
  ],
  infoRowsAfterLane: 2,
});
const cellNotes = new Map([[cellKey('a', 'pain'), ['n1', 'n2', 'n3']]]);

function context(overrides: Partial<HitContext> = {}): HitContext {
  return {
    layout,
    cellNotes,
    viewport: { x: 0, y: 0, scale: 1 },
    readOnly: false,
    canEditStructure: true,
    canAddSteps: true,
    selectedStepId: null,
    selectedNoteId: null,
    channelOf: (stepId) => (stepId === 'a' ? 'phone' : stepId === 'b' ? 'email' : null),
    ...overrides,
  };
}

const at = (ctx: HitContext, x: number, y: number) => hitTest(ctx, boardToScreen(ctx.viewport, { x, y }));
const row = (key: string) => layout.rowByKey.get(key)!;

describe('hitTest', () => {
  it('finds a card only in its own channel row', () => {
    const phone = cardRect(0, row('channel:phone'));
    expect(at(context(), phone.x + 5, phone.y + 5)).toEqual({ kind: 'card', stepId: 'a' });
    const email = cardRect(0, row('channel:email'));
    expect(at(context(), email.x + 5, email.y + 5)).toEqual({
      kind: 'channel-cell',
      stepId: 'a',
      channelId: 'email',
    });
    // Around the card, in its own row: nothing.
    expect(at(context(), columnX(0) + 2, row('channel:phone').y + 2)).toEqual({ kind: 'background' });
  });

  it('offers “card here” in the selected step’s other channel cells, to who may move it', () => {
    const email = row('channel:email');
    const button = placeCardOffset(email.height);
    const x = columnX(0) + button.x + 3;
    const y = email.y + button.y + 3;
    expect(at(context({ selectedStepId: 'a' }), x, y)).toEqual({
      kind: 'button',
      action: { type: 'place-card', stepId: 'a', channelId: 'email' },
    });
    // Not selected, or read-only: the cell itself (a double-click there still asks, and is refused read-only).
    const cell = { kind: 'channel-cell', stepId: 'a', channelId: 'email' };
    expect(at(context(), x, y)).toEqual(cell);
    expect(at(context({ selectedStepId: 'a', readOnly: true }), x, y)).toEqual(cell);
  });

  it('finds notes, the add-note button and the cell around them', () => {
    const pain = row('lane:pain');
    const second = noteOffset(1, false);
    expect(at(context(), columnX(0) + second.x + 3, pain.y + second.y + 3)).toEqual({
      kind: 'note',
      noteId: 'n2',
    });
    const add = addNoteOffset(3, false);
    expect(at(context(), columnX(0) + add.x + 3, pain.y + add.y + 3)).toMatchObject({ kind: 'cell' });
    expect(at(context({ selectedStepId: 'a' }), columnX(0) + add.x + 3, pain.y + add.y + 3)).toEqual({
      kind: 'button',
      action: { type: 'add-note', stepId: 'a', laneId: 'pain' },
    });
    expect(at(context(), columnX(0) + 200, pain.y + pain.height - 2)).toEqual({
      kind: 'cell',
      stepId: 'a',
      laneId: 'pain',
      field: null,
    });
  });

  it('offers a selected note’s delete button, but not to a viewer', () => {
    const pain = row('lane:pain');
    const button = noteDeleteOffset(noteOffset(0, false));
    const x = columnX(0) + button.x + 4;
    const y = pain.y + button.y + 4;
    expect(at(context({ selectedNoteId: 'n1' }), x, y)).toEqual({
      kind: 'button',
      action: { type: 'delete-note', noteId: 'n1' },
    });
    expect(at(context(), x, y)).toEqual({ kind: 'note', noteId: 'n1' });
    expect(at(context({ selectedNoteId: 'n1', readOnly: true }), x, y)).toEqual({
      kind: 'note',
      noteId: 'n1',
    });
  });

  it('reports the editable field of a lane cell, and none for people and systems', () => {
    expect(at(context(), columnX(1) + 10, row('lane:doing').y + 10)).toEqual({
      kind: 'cell',
      stepId: 'b',
      laneId: 'doing',
      field: 'doing',
    });
    expect(at(context(), columnX(1) + 10, row('lane:people').y + 10)).toMatchObject({ field: null });
    expect(at(context(), columnX(1) + 10, row('time').y + 10)).toMatchObject({ field: 'durationMinutes' });
    expect(at(context(), columnX(1) + 10, row('owner').y + 10)).toMatchObject({ field: 'owner' });
  });

  it('selects the step from its place on the emotion curve', () => {
    expect(at(context(), columnX(3) + 50, row('curve').y + 50)).toEqual({ kind: 'step', stepId: 'c' });
  });

  it('finds stages and column handles in the top band', () => {
    expect(at(context(), columnX(1) + 10, 10)).toEqual({ kind: 'stage', stageId: 's1' });
    expect(at(context(), columnX(1) + 60, STAGE_BAND_HEIGHT + 10)).toEqual({ kind: 'column', stepId: 'b' });
  });

  it('offers add-step buttons between columns and at the end', () => {
    const between = addStepButtonCentre(1, columns.length);
    expect(at(context(), between.x, between.y)).toEqual({
      kind: 'button',
      action: { type: 'add-step', stageId: 's1', index: 1 },
    });
    const end = addStepButtonCentre(columns.length, columns.length);
    expect(at(context(), end.x, end.y)).toEqual({
      kind: 'button',
      action: { type: 'add-step', stageId: 's3', index: 1 },
    });
    expect(at(context({ readOnly: true }), between.x, between.y)).toEqual({ kind: 'background' });
    expect(at(context({ canAddSteps: false }), between.x, between.y)).toEqual({ kind: 'background' });
  });

  it('turns an empty stage placeholder into an add-step button', () => {
    expect(at(context(), columnX(2) + 50, row('curve').y + 5)).toEqual({
      kind: 'button',
      action: { type: 'add-step', stageId: 's2', index: 0 },
    });
    expect(at(context({ readOnly: true }), columnX(2) + 50, row('curve').y + 5)).toEqual({
      kind: 'background',
    });
  });

  it('offers the delete button only on the selected column', () => {
    const rect = deleteStepButtonRect(0);
    const target = at(context({ selectedStepId: 'a' }), rect.x + 5, rect.y + 5);
    expect(target).toEqual({ kind: 'button', action: { type: 'delete-step', stepId: 'a' } });
    expect(at(context(), rect.x + 5, rect.y + 5)).toEqual({ kind: 'column', stepId: 'a' });
  });

  it('uses the pinned headers after panning far away', () => {
    const viewport = { x: -columnX(3) + ROW_HEADER_WIDTH, y: -row('lane:doing').y + TOP_HEIGHT, scale: 1 };
    const ctx = context({ viewport });
    // The stage band stays on the screen's top edge, showing the stage of the columns below it.
    expect(hitTest(ctx, { x: ROW_HEADER_WIDTH + 20, y: 10 })).toEqual({ kind: 'stage', stageId: 's3' });
    // The row headers stay on the left edge, showing the rows beside them.
    expect(hitTest(ctx, { x: 20, y: TOP_HEIGHT + 10 })).toEqual({ kind: 'lane', laneId: 'doing' });
    expect(hitTest(ctx, { x: 5, y: 5 })).toEqual({ kind: 'background' });
    expect(hitTest(context({ viewport, canEditStructure: false }), { x: 20, y: TOP_HEIGHT + 10 })).toEqual({
      kind: 'background',
    });
  });

  it('works when zoomed', () => {
    const ctx = context({ viewport: { x: 13, y: -7, scale: 0.5 } });
    const phone = cardRect(0, row('channel:phone'));
    expect(at(ctx, phone.x + 20, phone.y + 20)).toEqual({ kind: 'card', stepId: 'a' });
  });

  it('treats everything outside the board as background', () => {
    expect(at(context(), columnX(40), row('curve').y)).toEqual({ kind: 'background' });
    expect(at(context(), columnX(0), layout.height + 50)).toEqual({ kind: 'background' });
  });
});

describe('step positions', () => {
  it('inserts after the column before the gap, in its stage', () => {
    expect(stepInsertionAt(columns, 0)).toEqual({ stageId: 's1', index: 0 });
    expect(stepInsertionAt(columns, 2)).toEqual({ stageId: 's1', index: 2 });
    expect(stepInsertionAt(columns, 3)).toEqual({ stageId: 's2', index: 0 });
    expect(stepInsertionAt(columns, 4)).toEqual({ stageId: 's3', index: 1 });
    expect(stepInsertionAt([], 0)).toEqual({ stageId: null, index: 0 });
    expect(stepInsertionAt([{ stepId: null, stageId: 'e' }], 1)).toEqual({ stageId: 'e', index: 0 });
  });

  it('computes where a dragged column lands, counted without itself', () => {
    expect(stepMoveTarget(columns, 'a', 2)).toEqual({ stageId: 's1', index: 1 });
    expect(stepMoveTarget(columns, 'b', 0)).toEqual({ stageId: 's1', index: 0 });
    expect(stepMoveTarget(columns, 'a', 4)).toEqual({ stageId: 's3', index: 1 });
    expect(stepMoveTarget(columns, 'c', 0)).toEqual({ stageId: 's1', index: 0 });
    // Dropped just after an empty stage's placeholder, a step moves into that stage.
    expect(stepMoveTarget(columns, 'a', 3)).toEqual({ stageId: 's2', index: 0 });
    expect(stepMoveTarget(columns, 'a', 0)).toBeNull();
    expect(stepMoveTarget(columns, 'a', 1)).toBeNull();
    expect(stepMoveTarget(columns, 'zzz', 1)).toBeNull();
  });
});
