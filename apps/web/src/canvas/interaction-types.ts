import type { EditingTarget } from '../state/ui-store';
import type { Point } from '../state/viewport';
import type { EditOrigin } from './editor-geometry';

// The canvas interaction machine's vocabulary (interaction-state.ts runs it): what the pointer can be on
// and the states the machine can be in. Apart from the machine so the drawing (the interaction store, the
// focus) can name them without loading the machine, which comes with the canvas's input code.

/** A button drawn on the canvas (add step, add note, delete note). */
export type CanvasAction =
  | { type: 'add-step'; stageId: string | null; index: number }
  | { type: 'add-note'; stepId: string; laneId: string }
  | { type: 'delete-note'; noteId: string }
  | { type: 'delete-step'; stepId: string }
  /** Puts a step's card (its touchpoint) in a channel row. */
  | { type: 'place-card'; stepId: string; channelId: string };

/** What the pointer went down on, as resolved by the canvas from the Konva node under it. */
export type HitTarget =
  | { kind: 'background' }
  | { kind: 'card'; stepId: string }
  | { kind: 'column'; stepId: string }
  /** A channel row's cell in a step's column that does not hold the step's card. */
  | { kind: 'channel-cell'; stepId: string; channelId: string }
  /** Selects a step but neither drags nor edits (e.g. its point on the emotion curve). */
  | { kind: 'step'; stepId: string }
  /** A lane cell; `field` is the step field it shows (e.g. `doing`), null for note-only lanes. */
  | { kind: 'cell'; stepId: string; laneId: string; field: string | null }
  | { kind: 'button'; action: CanvasAction }
  | { kind: 'note'; noteId: string }
  | { kind: 'stage'; stageId: string }
  | { kind: 'channel'; channelId: string }
  | { kind: 'lane'; laneId: string };

export type InteractionState =
  | { kind: 'idle' }
  /** Pointer is down on an item but has not moved far enough to be a drag. */
  | { kind: 'pressing'; target: HitTarget; startScreen: Point; startBoard: Point }
  | { kind: 'panning'; lastScreen: Point }
  | { kind: 'dragging-card'; stepId: string; startBoard: Point; board: Point }
  | { kind: 'dragging-column'; stepId: string; startBoard: Point; board: Point }
  /**
   * The in-place editor is open: the one place that says what this user is editing on the canvas. `from`
   * is where editing started (a step's title is edited on its card or in its header).
   */
  | { kind: 'editing-text'; target: NonNullable<EditingTarget>; from: EditOrigin };
