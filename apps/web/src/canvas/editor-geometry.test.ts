import { describe, expect, it } from 'vitest';
import { cellKey } from './board-structure';
import { anchorToScreen, type EditorContext, editorAnchor } from './editor-geometry';
import { cardRect, columnX, computeLayout, FIELD_HEIGHT, noteOffset, STAGE_BAND_HEIGHT } from './layout';

const layout = computeLayout({
  columns: [
    { stepId: 'a', stageId: 's1' },
    { stepId: 'b', stageId: 's1' },
  ],
  channelIds: ['email'],
  lanes: [
    { id: 'doing', field: 'doing', maxNotes: 0 },
    { id: 'pain', field: null, maxNotes: 2 },
  ],
  infoRowsAfterLane: 1,
});
const context: EditorContext = {
  layout,
  cellNotes: new Map([[cellKey('b', 'pain'), ['n1', 'n2']]]),
  channelOf: (stepId) => (stepId === 'a' ? 'email' : null),
};

describe('editorAnchor', () => {
  it('edits a title on the card when the card was double-clicked, else on the column header', () => {
    const onCard = editorAnchor(context, { kind: 'step', stepId: 'a', field: 'title' }, 'card')!;
    expect(onCard.space).toBe('board');
    const card = cardRect(0, layout.rowByKey.get('channel:email')!);
    expect(onCard.rect.y).toBe(card.y);
    const onHeader = editorAnchor(context, { kind: 'step', stepId: 'a', field: 'title' }, 'header')!;
    expect(onHeader.space).toBe('band');
    expect(onHeader.rect.y).toBeGreaterThan(STAGE_BAND_HEIGHT);
    // A step without a card falls back to its header.
    expect(editorAnchor(context, { kind: 'step', stepId: 'b', field: 'title' }, 'card')!.space).toBe('band');
  });

  it('covers a lane field, the time and owner rows, and a note', () => {
    const doing = editorAnchor(context, { kind: 'step', stepId: 'b', field: 'doing' })!;
    expect(doing.rect.height).toBe(FIELD_HEIGHT);
    expect(doing.rect.x).toBe(columnX(1) + 4);
    const time = editorAnchor(context, { kind: 'step', stepId: 'b', field: 'durationMinutes' })!;
    expect(time.rect.y).toBe(layout.rowByKey.get('time')!.y + 4);
    const note = editorAnchor(context, { kind: 'note', noteId: 'n2' })!;
    const offset = noteOffset(1, false);
    expect(note.rect).toEqual({
      x: columnX(1) + offset.x,
      y: layout.rowByKey.get('lane:pain')!.y + offset.y,
      width: offset.width,
      height: offset.height,
    });
  });

  it('covers stage, channel and lane titles in their pinned bands', () => {
    expect(editorAnchor(context, { kind: 'stage', stageId: 's1' })!.space).toBe('band');
    expect(editorAnchor(context, { kind: 'channel', channelId: 'email' })!.space).toBe('rows');
    expect(editorAnchor(context, { kind: 'lane', laneId: 'pain' })!.space).toBe('rows');
  });

  it('returns null for things not on the board', () => {
    expect(editorAnchor(context, { kind: 'note', noteId: 'gone' })).toBeNull();
    expect(editorAnchor(context, { kind: 'step', stepId: 'gone', field: 'title' })).toBeNull();
    expect(editorAnchor(context, { kind: 'stage', stageId: 'gone' })).toBeNull();
    expect(editorAnchor(context, { kind: 'lane', laneId: 'gone' })).toBeNull();
    expect(editorAnchor(context, { kind: 'step', stepId: 'a', field: 'nonsense' })).toBeNull();
  });
});

describe('anchorToScreen', () => {
  const rect = { x: 100, y: 50, width: 20, height: 10 };
  it('moves board rectangles with the viewport', () => {
    expect(anchorToScreen({ space: 'board', rect }, { x: -30, y: -40, scale: 2 })).toEqual({
      x: 170,
      y: 60,
      width: 40,
      height: 20,
    });
  });

  it('keeps pinned rectangles on their edge', () => {
    expect(anchorToScreen({ space: 'band', rect }, { x: -30, y: -400, scale: 1 })).toMatchObject({
      x: 70,
      y: 50,
    });
    expect(anchorToScreen({ space: 'rows', rect }, { x: -300, y: -40, scale: 1 })).toMatchObject({
      x: 100,
      y: 10,
    });
  });
});
