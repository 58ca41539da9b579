import type { EditingTarget } from '../state/ui-store';
import type { Point } from '../state/viewport';
import type { EditOrigin } from './editor-geometry';
import { IDLE } from './interaction-store';
import type { CanvasAction, HitTarget, InteractionState } from './interaction-types';

export type { CanvasAction, HitTarget, InteractionState } from './interaction-types';

/** Past this many screen pixels a press becomes a drag; below it, it is a click. */
export const DRAG_THRESHOLD = 4;

export type InteractionEvent =
  | { type: 'pointer-down'; target: HitTarget; screen: Point; board: Point; button: number }
  | { type: 'pointer-move'; screen: Point; board: Point }
  | { type: 'pointer-up'; screen: Point; board: Point }
  /** The pointer was lost (window blur, pointercancel, Escape): abandon whatever was in progress. */
  | { type: 'cancel' }
  | { type: 'double-click'; target: HitTarget }
  /** Edit in place without the mouse: Enter on a focused item, a new step or note, a panel's request. */
  | { type: 'edit'; target: HitTarget }
  | { type: 'edit-commit'; text: string }
  | { type: 'edit-cancel' }
  /** Another user or an undo removed the entity being dragged or edited. */
  | { type: 'entity-removed'; id: string };

/** Side effects the canvas performs after a transition; the reducer itself never touches the document. */
export type InteractionEffect =
  | { type: 'select'; target: HitTarget | null }
  | { type: 'action'; action: CanvasAction }
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'drop-card'; stepId: string; board: Point }
  | { type: 'drop-column'; stepId: string; board: Point }
  | { type: 'commit-text'; target: NonNullable<EditingTarget>; text: string }
  /** Bring what is being edited into view (not under the pinned headers). */
  | { type: 'reveal'; target: NonNullable<EditingTarget>; from: EditOrigin };

export interface InteractionContext {
  readOnly: boolean;
  /** Space is held: any press pans, whatever is under the pointer. */
  spaceHeld: boolean;
}

export interface Transition {
  state: InteractionState;
  effects: InteractionEffect[];
}

// The resting state lives with the store (drawn from the first frame); the machine loads with the input.
export { IDLE };

const MIDDLE_BUTTON = 1;

function stay(state: InteractionState): Transition {
  return { state, effects: [] };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Which text a double-click opens in the in-place editor, or null when the target has no editable text. */
export function editTargetFor(target: HitTarget): NonNullable<EditingTarget> | null {
  switch (target.kind) {
    case 'card':
      return { kind: 'step', stepId: target.stepId, field: 'title' };
    case 'column':
      return { kind: 'step', stepId: target.stepId, field: 'title' };
    case 'note':
      return { kind: 'note', noteId: target.noteId };
    case 'stage':
      return { kind: 'stage', stageId: target.stageId };
    case 'channel':
      return { kind: 'channel', channelId: target.channelId };
    case 'lane':
      return { kind: 'lane', laneId: target.laneId };
    case 'cell':
      return target.field ? { kind: 'step', stepId: target.stepId, field: target.field } : null;
    case 'step':
    case 'channel-cell':
    case 'button':
    case 'background':
      return null;
  }
}

/** Where the editor of a hit target opens: on the card, in the step's header, or in the cell. */
export function editOriginOf(target: HitTarget): EditOrigin {
  return target.kind === 'card' ? 'card' : target.kind === 'column' ? 'header' : 'cell';
}

/** Opening the editor on a hit target (double-click, Enter, or a new note-only cell's quick add). */
function startEditing(state: InteractionState, hit: HitTarget, context: InteractionContext): Transition {
  if (context.readOnly || (state.kind !== 'idle' && state.kind !== 'pressing')) return stay(state);
  const target = editTargetFor(hit);
  // Editing a note-only cell is the quick way to add a sticky note there.
  if (!target && hit.kind === 'cell') {
    const { stepId, laneId } = hit;
    return { state: IDLE, effects: [{ type: 'action', action: { type: 'add-note', stepId, laneId } }] };
  }
  // Editing an empty channel cell puts the step's card (its touchpoint) there.
  if (hit.kind === 'channel-cell') {
    const { stepId, channelId } = hit;
    return { state: IDLE, effects: [{ type: 'action', action: { type: 'place-card', stepId, channelId } }] };
  }
  if (!target) return stay(state);
  const from = editOriginOf(hit);
  return {
    state: { kind: 'editing-text', target, from },
    effects: [
      { type: 'select', target: hit },
      { type: 'reveal', target, from },
    ],
  };
}

function dragFor(target: HitTarget, startBoard: Point, board: Point): InteractionState | null {
  if (target.kind === 'card') return { kind: 'dragging-card', stepId: target.stepId, startBoard, board };
  if (target.kind === 'column') return { kind: 'dragging-column', stepId: target.stepId, startBoard, board };
  return null;
}

function editingId(target: NonNullable<EditingTarget>): string {
  switch (target.kind) {
    case 'step':
      return target.stepId;
    case 'note':
      return target.noteId;
    case 'stage':
      return target.stageId;
    case 'channel':
      return target.channelId;
    case 'lane':
      return target.laneId;
  }
}

function onPointerDown(
  state: InteractionState,
  event: Extract<InteractionEvent, { type: 'pointer-down' }>,
  context: InteractionContext,
): Transition {
  // A press outside the text field ends editing; the editor commits its own text on blur first.
  if (state.kind !== 'idle' && state.kind !== 'editing-text') return stay(state);
  if (context.spaceHeld || event.button === MIDDLE_BUTTON || event.target.kind === 'background') {
    const effects: InteractionEffect[] =
      event.target.kind === 'background' && !context.spaceHeld && event.button !== MIDDLE_BUTTON
        ? [{ type: 'select', target: null }]
        : [];
    return { state: { kind: 'panning', lastScreen: event.screen }, effects };
  }
  if (event.button !== 0) return stay(IDLE);
  return {
    state: { kind: 'pressing', target: event.target, startScreen: event.screen, startBoard: event.board },
    effects: [],
  };
}

function onPointerMove(
  state: InteractionState,
  event: Extract<InteractionEvent, { type: 'pointer-move' }>,
  context: InteractionContext,
): Transition {
  switch (state.kind) {
    case 'panning': {
      const dx = event.screen.x - state.lastScreen.x;
      const dy = event.screen.y - state.lastScreen.y;
      if (dx === 0 && dy === 0) return stay(state);
      return { state: { kind: 'panning', lastScreen: event.screen }, effects: [{ type: 'pan', dx, dy }] };
    }
    case 'pressing': {
      if (distance(state.startScreen, event.screen) < DRAG_THRESHOLD) return stay(state);
      const drag = context.readOnly ? null : dragFor(state.target, state.startBoard, event.board);
      // Dragging something that cannot move pans instead, so the board always follows the hand.
      if (!drag) {
        const dx = event.screen.x - state.startScreen.x;
        const dy = event.screen.y - state.startScreen.y;
        return { state: { kind: 'panning', lastScreen: event.screen }, effects: [{ type: 'pan', dx, dy }] };
      }
      return { state: drag, effects: [{ type: 'select', target: state.target }] };
    }
    case 'dragging-card':
    case 'dragging-column':
      return stay({ ...state, board: event.board });
    default:
      return stay(state);
  }
}

function onPointerUp(
  state: InteractionState,
  event: Extract<InteractionEvent, { type: 'pointer-up' }>,
  context: InteractionContext,
): Transition {
  switch (state.kind) {
    case 'panning':
      return stay(IDLE);
    case 'pressing':
      if (state.target.kind === 'button') {
        if (context.readOnly) return stay(IDLE);
        return { state: IDLE, effects: [{ type: 'action', action: state.target.action }] };
      }
      return { state: IDLE, effects: [{ type: 'select', target: state.target }] };
    // The whole drag becomes one mutation, on drop, so undo reverts it in one step.
    case 'dragging-card':
      return { state: IDLE, effects: [{ type: 'drop-card', stepId: state.stepId, board: event.board }] };
    case 'dragging-column':
      return { state: IDLE, effects: [{ type: 'drop-column', stepId: state.stepId, board: event.board }] };
    default:
      return stay(state);
  }
}

/** The canvas interaction as a pure state machine: (state, event) → (next state, effects to perform). */
export function interactionReducer(
  state: InteractionState,
  event: InteractionEvent,
  context: InteractionContext,
): Transition {
  switch (event.type) {
    case 'pointer-down':
      return onPointerDown(state, event, context);
    case 'pointer-move':
      return onPointerMove(state, event, context);
    case 'pointer-up':
      return onPointerUp(state, event, context);
    case 'cancel':
      return state.kind === 'editing-text' ? stay(state) : stay(IDLE);
    case 'double-click':
    case 'edit':
      return startEditing(state, event.target, context);
    case 'edit-commit':
      if (state.kind !== 'editing-text') return stay(state);
      return { state: IDLE, effects: [{ type: 'commit-text', target: state.target, text: event.text }] };
    case 'edit-cancel':
      return state.kind === 'editing-text' ? stay(IDLE) : stay(state);
    case 'entity-removed': {
      if (state.kind === 'editing-text' && editingId(state.target) === event.id) return stay(IDLE);
      if ((state.kind === 'dragging-card' || state.kind === 'dragging-column') && state.stepId === event.id) {
        return stay(IDLE);
      }
      if (state.kind === 'pressing') {
        const target = state.target;
        const id =
          target.kind === 'card' ||
          target.kind === 'column' ||
          target.kind === 'cell' ||
          target.kind === 'channel-cell' ||
          target.kind === 'step'
            ? target.stepId
            : target.kind === 'note'
              ? target.noteId
              : null;
        if (id === event.id) return stay(IDLE);
      }
      return stay(state);
    }
  }
}
