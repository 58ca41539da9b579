import { describe, expect, it } from 'vitest';
import {
  DRAG_THRESHOLD,
  editTargetFor,
  type HitTarget,
  IDLE,
  type InteractionContext,
  type InteractionEvent,
  type InteractionState,
  interactionReducer,
} from './interaction-state';

const EDIT: InteractionContext = { readOnly: false, spaceHeld: false };
const VIEW: InteractionContext = { readOnly: true, spaceHeld: false };
const card: HitTarget = { kind: 'card', stepId: 's1' };
const column: HitTarget = { kind: 'column', stepId: 's1' };

function run(events: InteractionEvent[], context = EDIT, start: InteractionState = IDLE) {
  let state = start;
  const effects = [];
  for (const event of events) {
    const next = interactionReducer(state, event, context);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

const down = (target: HitTarget, x = 0, y = 0, button = 0): InteractionEvent => ({
  type: 'pointer-down',
  target,
  screen: { x, y },
  board: { x, y },
  button,
});
const move = (x: number, y: number): InteractionEvent => ({
  type: 'pointer-move',
  screen: { x, y },
  board: { x, y },
});
const up = (x: number, y: number): InteractionEvent => ({
  type: 'pointer-up',
  screen: { x, y },
  board: { x, y },
});

describe('interaction state machine', () => {
  it('pans when the background is dragged and clears the selection', () => {
    const { state, effects } = run([down({ kind: 'background' }, 10, 10), move(15, 12), move(20, 20)]);
    expect(state.kind).toBe('panning');
    expect(effects).toEqual([
      { type: 'select', target: null },
      { type: 'pan', dx: 5, dy: 2 },
      { type: 'pan', dx: 5, dy: 8 },
    ]);
    expect(run([up(20, 20)], EDIT, state).state).toEqual(IDLE);
  });

  it('pans with space held even over a card, without changing the selection', () => {
    const { state, effects } = run([down(card, 0, 0), move(30, 0)], { readOnly: false, spaceHeld: true });
    expect(state.kind).toBe('panning');
    expect(effects).toEqual([{ type: 'pan', dx: 30, dy: 0 }]);
  });

  it('pans with the middle button', () => {
    const { state } = run([down(card, 0, 0, 1)]);
    expect(state.kind).toBe('panning');
  });

  it('ignores a right-button press on an item', () => {
    expect(run([down(card, 0, 0, 2)]).state).toEqual(IDLE);
  });

  it('treats a short press on a card as a click that selects it', () => {
    const { state, effects } = run([down(card, 0, 0), move(1, 1), up(1, 1)]);
    expect(state).toEqual(IDLE);
    expect(effects).toEqual([{ type: 'select', target: card }]);
  });

  it('drags a card past the threshold and drops it as one mutation', () => {
    const moved = run([down(card, 0, 0), move(DRAG_THRESHOLD + 1, 0), move(50, 120)]);
    expect(moved.state).toMatchObject({ kind: 'dragging-card', stepId: 's1', board: { x: 50, y: 120 } });
    const dropped = run([up(60, 130)], EDIT, moved.state);
    expect(dropped.state).toEqual(IDLE);
    expect(dropped.effects).toEqual([{ type: 'drop-card', stepId: 's1', board: { x: 60, y: 130 } }]);
  });

  it('drags a column and drops it', () => {
    const { effects } = run([down(column, 0, 0), move(100, 0), move(300, 0), up(310, 0)]);
    expect(effects).toEqual([
      { type: 'select', target: column },
      { type: 'drop-column', stepId: 's1', board: { x: 310, y: 0 } },
    ]);
  });

  it('never drags in read-only mode: the gesture pans instead', () => {
    const { state, effects } = run([down(card, 0, 0), move(10, 0)], VIEW);
    expect(state.kind).toBe('panning');
    expect(effects).toEqual([{ type: 'pan', dx: 10, dy: 0 }]);
  });

  it('pans when dragging something that cannot move', () => {
    const { state } = run([down({ kind: 'stage', stageId: 'a' }, 0, 0), move(10, 0)]);
    expect(state.kind).toBe('panning');
  });

  it('abandons a drag on cancel without dropping', () => {
    const { state, effects } = run([down(card, 0, 0), move(50, 0), { type: 'cancel' }, up(50, 0)]);
    expect(state).toEqual(IDLE);
    expect(effects.some((effect) => effect.type === 'drop-card')).toBe(false);
  });

  it('abandons a drag when another user deletes the step', () => {
    const { state } = run([down(card, 0, 0), move(50, 0), { type: 'entity-removed', id: 's1' }]);
    expect(state).toEqual(IDLE);
  });

  it('opens the text editor on double-click and commits its text', () => {
    const editing = run([{ type: 'double-click', target: card }]);
    expect(editing.state).toEqual({
      kind: 'editing-text',
      target: { kind: 'step', stepId: 's1', field: 'title' },
      from: 'card',
    });
    // Opening it brings what is edited into view, as data for the canvas to act on.
    expect(editing.effects).toContainEqual({
      type: 'reveal',
      target: { kind: 'step', stepId: 's1', field: 'title' },
      from: 'card',
    });
    const committed = run([{ type: 'edit-commit', text: 'Receive laptop' }], EDIT, editing.state);
    expect(committed.state).toEqual(IDLE);
    expect(committed.effects).toEqual([
      { type: 'commit-text', target: { kind: 'step', stepId: 's1', field: 'title' }, text: 'Receive laptop' },
    ]);
  });

  it('cancels editing without committing', () => {
    const { state, effects } = run([
      { type: 'double-click', target: { kind: 'note', noteId: 'n1' } },
      { type: 'edit-cancel' },
    ]);
    expect(state).toEqual(IDLE);
    expect(effects.some((effect) => effect.type === 'commit-text')).toBe(false);
  });

  it('closes the editor when the edited note is deleted by someone else', () => {
    const { state } = run([
      { type: 'double-click', target: { kind: 'note', noteId: 'n1' } },
      { type: 'entity-removed', id: 'n1' },
    ]);
    expect(state).toEqual(IDLE);
  });

  it('keeps the editor open when an unrelated entity is removed', () => {
    const { state } = run([
      { type: 'double-click', target: { kind: 'note', noteId: 'n1' } },
      { type: 'entity-removed', id: 'other' },
    ]);
    expect(state.kind).toBe('editing-text');
  });

  it('never edits in read-only mode', () => {
    expect(run([{ type: 'double-click', target: card }], VIEW).state).toEqual(IDLE);
    const cell: HitTarget = { kind: 'cell', stepId: 's1', laneId: 'pain', field: null };
    expect(run([{ type: 'double-click', target: cell }], VIEW).effects).toEqual([]);
  });

  it('edits the step field a cell shows, and adds a note to a note-only cell', () => {
    const fieldCell: HitTarget = { kind: 'cell', stepId: 's1', laneId: 'doing', field: 'doing' };
    expect(run([{ type: 'double-click', target: fieldCell }]).state).toEqual({
      kind: 'editing-text',
      target: { kind: 'step', stepId: 's1', field: 'doing' },
      from: 'cell',
    });
    const noteCell: HitTarget = { kind: 'cell', stepId: 's1', laneId: 'pain', field: null };
    expect(run([{ type: 'double-click', target: noteCell }]).effects).toEqual([
      { type: 'action', action: { type: 'add-note', stepId: 's1', laneId: 'pain' } },
    ]);
  });

  it('puts the card in a channel’s cell on double-click or Enter; a drag there pans, a click selects', () => {
    const email: HitTarget = { kind: 'channel-cell', stepId: 's1', channelId: 'email' };
    const place = { type: 'action', action: { type: 'place-card', stepId: 's1', channelId: 'email' } };
    expect(run([{ type: 'double-click', target: email }])).toEqual({ state: IDLE, effects: [place] });
    expect(run([{ type: 'edit', target: email }]).effects).toEqual([place]);
    expect(run([{ type: 'double-click', target: email }], VIEW)).toEqual({ state: IDLE, effects: [] });
    expect(run([down(email, 0, 0), move(DRAG_THRESHOLD + 2, 0)]).state.kind).toBe('panning');
    expect(run([down(email, 0, 0), up(1, 0)]).effects).toEqual([{ type: 'select', target: email }]);
  });

  it('edits without a mouse exactly as a double-click would (Enter, a new step, a panel request)', () => {
    const header: HitTarget = { kind: 'column', stepId: 's2' };
    expect(run([{ type: 'edit', target: header }]).state).toEqual({
      kind: 'editing-text',
      target: { kind: 'step', stepId: 's2', field: 'title' },
      from: 'header',
    });
    const noteCell: HitTarget = { kind: 'cell', stepId: 's1', laneId: 'pain', field: null };
    expect(run([{ type: 'edit', target: noteCell }]).effects).toEqual([
      { type: 'action', action: { type: 'add-note', stepId: 's1', laneId: 'pain' } },
    ]);
    expect(run([{ type: 'edit', target: header }], VIEW)).toEqual({ state: IDLE, effects: [] });
    // A second request while the editor is open does not take it over.
    const editing = run([{ type: 'edit', target: header }]).state;
    expect(run([{ type: 'edit', target: card }], EDIT, editing).state).toBe(editing);
  });

  it('runs a button action on click, but not in read-only mode', () => {
    const button: HitTarget = { kind: 'button', action: { type: 'add-step', stageId: null, index: 3 } };
    expect(run([down(button), up(0, 0)]).effects).toEqual([
      { type: 'action', action: { type: 'add-step', stageId: null, index: 3 } },
    ]);
    expect(run([down(button), up(0, 0)], VIEW).effects).toEqual([]);
  });

  it('ends editing when the pointer goes down elsewhere', () => {
    const editing = run([{ type: 'double-click', target: card }]).state;
    expect(run([down({ kind: 'background' }, 0, 0)], EDIT, editing).state.kind).toBe('panning');
  });

  it('ignores pointer moves and ups while idle', () => {
    expect(run([move(10, 10), up(10, 10)])).toEqual({ state: IDLE, effects: [] });
  });

  it('maps every editable target to its text and nothing else', () => {
    expect(editTargetFor({ kind: 'stage', stageId: 'st' })).toEqual({ kind: 'stage', stageId: 'st' });
    expect(editTargetFor({ kind: 'channel', channelId: 'c' })).toEqual({ kind: 'channel', channelId: 'c' });
    expect(editTargetFor({ kind: 'lane', laneId: 'l' })).toEqual({ kind: 'lane', laneId: 'l' });
    expect(editTargetFor({ kind: 'background' })).toBeNull();
  });
});
