import {
  addNote,
  addStep,
  deleteNote,
  deleteStep,
  moveStep,
  NOTE_COLORS,
  type Origin,
  readEntity,
  updateChannel,
  updateLane,
  updateNote,
  updateStage,
  updateStep,
} from '@journeyboard/journey';
import type * as Y from 'yjs';
import type { EditingTarget } from '../state/ui-store';
import type { BoardStructure } from './board-structure';
import { formatDuration, parseDuration } from './format';
import { stepMoveTarget } from './hit-test';
import { type BoardLayout, insertionIndexAt, nearestChannelAt } from './layout';

// Every write goes through @journeyboard/journey with the caller's origin, so the per-user UndoManager
// tracks it; each function is one transaction, so undo reverts it in one step. A write the document
// rejects (a peer deleted the step a moment ago, a newer schema made it read-only) is reported, never
// thrown into React.

export interface Writer {
  readonly doc: Y.Doc;
  readonly origin: Origin;
}

function attempt<T>(what: string, write: () => T): T | null {
  try {
    return write();
  } catch (error) {
    console.warn(`journeyboard: could not ${what}`, error);
    return null;
  }
}

const STEP_TEXT_FIELDS = new Set(['title', 'doing', 'thinking', 'feeling', 'owner', 'description']);

/** The text the in-place editor starts with. */
export function initialText(doc: Y.Doc, target: NonNullable<EditingTarget>): string {
  switch (target.kind) {
    case 'step': {
      const step = readEntity(doc, 'step', target.stepId);
      if (!step) return '';
      if (target.field === 'durationMinutes') return formatDuration(step.durationMinutes);
      if (STEP_TEXT_FIELDS.has(target.field)) return String(step[target.field as keyof typeof step] ?? '');
      return '';
    }
    case 'note':
      return readEntity(doc, 'note', target.noteId)?.text ?? '';
    case 'stage':
      return readEntity(doc, 'stage', target.stageId)?.title ?? '';
    case 'channel':
      return readEntity(doc, 'channel', target.channelId)?.name ?? '';
    case 'lane':
      return readEntity(doc, 'lane', target.laneId)?.title ?? '';
  }
}

/** Writes what was typed in place; returns false when nothing was written. */
export function commitText(writer: Writer, target: NonNullable<EditingTarget>, text: string): boolean {
  const { doc, origin } = writer;
  if (initialText(doc, target) === text) return false;
  switch (target.kind) {
    case 'step': {
      if (target.field === 'durationMinutes') {
        const minutes = parseDuration(text);
        if (minutes === undefined) return false;
        return (
          attempt('set the duration', () =>
            updateStep(doc, target.stepId, { durationMinutes: minutes }, origin),
          ) !== null
        );
      }
      if (!STEP_TEXT_FIELDS.has(target.field)) return false;
      return (
        attempt('edit the step', () => updateStep(doc, target.stepId, { [target.field]: text }, origin)) !==
        null
      );
    }
    case 'note':
      return attempt('edit the note', () => updateNote(doc, target.noteId, { text }, origin)) !== null;
    case 'stage':
      return (
        attempt('rename the stage', () => updateStage(doc, target.stageId, { title: text }, origin)) !== null
      );
    case 'channel':
      return (
        attempt('rename the channel', () => updateChannel(doc, target.channelId, { name: text }, origin)) !==
        null
      );
    case 'lane':
      return (
        attempt('rename the lane', () => updateLane(doc, target.laneId, { title: text }, origin)) !== null
      );
  }
}

/** Adds a step; the new step's card goes in the first channel row so it is visible at once. */
export function addStepAt(
  writer: Writer,
  structure: BoardStructure,
  position: { stageId: string | null; index: number },
): string | null {
  const journeyId = structure.journeyId;
  if (!journeyId) return null;
  const step = attempt('add a step', () =>
    addStep(
      writer.doc,
      {
        journeyId,
        stageId: position.stageId,
        index: position.index,
        title: '',
        channelId: structure.channels[0]?.id ?? null,
      },
      writer.origin,
    ),
  );
  return step?.id ?? null;
}

export function addNoteTo(
  writer: Writer,
  cell: { stepId: string; laneId: string },
  author: { id: string; name: string },
  index: number,
): string | null {
  const note = attempt('add a note', () =>
    addNote(
      writer.doc,
      {
        stepId: cell.stepId,
        laneId: cell.laneId,
        text: '',
        color: NOTE_COLORS[index % NOTE_COLORS.length],
        authorId: author.id,
        authorName: author.name,
      },
      writer.origin,
    ),
  );
  return note?.id ?? null;
}

export function removeStep(writer: Writer, stepId: string): boolean {
  return attempt('delete the step', () => deleteStep(writer.doc, stepId, writer.origin)) ?? false;
}

export function removeNote(writer: Writer, noteId: string): boolean {
  return attempt('delete the note', () => deleteNote(writer.doc, noteId, writer.origin)) ?? false;
}

/** A card dropped at board y moves to the nearest channel row; one write, on drop. */
export function dropCard(writer: Writer, layout: BoardLayout, stepId: string, boardY: number): boolean {
  const channelId = nearestChannelAt(layout, boardY);
  return channelId ? placeCard(writer, stepId, channelId) : false;
}

/** Puts a step's card (its touchpoint) in a channel's row; false when it is there already or refused. */
export function placeCard(writer: Writer, stepId: string, channelId: string): boolean {
  const step = readEntity(writer.doc, 'step', stepId);
  if (!step || step.channelId === channelId) return false;
  return (
    attempt('move the card', () => updateStep(writer.doc, stepId, { channelId }, writer.origin)) !== null
  );
}

/** A column dropped at board x moves to the nearest gap; one write, on drop. */
export function dropColumn(
  writer: Writer,
  structure: BoardStructure,
  stepId: string,
  boardX: number,
): boolean {
  const gap = insertionIndexAt(structure.columns.length, boardX);
  const target = stepMoveTarget(structure.columns, stepId, gap);
  if (!target) return false;
  return attempt('move the step', () => moveStep(writer.doc, stepId, target, writer.origin)) !== undefined;
}
