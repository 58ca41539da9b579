import {
  addStep,
  deleteStep,
  moveStep,
  readCollection,
  type Step,
  type StepPatch,
  setLocked,
  updateStep,
} from '@journeyboard/journey';
import type * as Y from 'yjs';
import { t } from '../i18n/i18n';
import { newContentName } from '../i18n/new-content';
import { editErrorMessage } from './edit-error';
import type { MoveTarget } from './outline-structure';

export type EditResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs a journey mutation, turning a refused edit (bad input, concurrent delete) into a sentence in the
 * reader's language, said at once (announced or shown where the edit was made).
 */
export function attempt<T>(run: () => T): EditResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, message: t(editErrorMessage(error)) };
  }
}

/** Where a new step goes by default: the end of the last stage of the journey, or with no stage. */
export function defaultStageFor(doc: Y.Doc, journeyId: string): string | null {
  const stages = readCollection(doc, 'stage').filter((stage) => stage.journeyId === journeyId);
  return stages[stages.length - 1]?.id ?? null;
}

export function addStepAtEnd(
  doc: Y.Doc,
  journeyId: string,
  stageId: string | null,
  origin: object,
  title: string = newContentName('step'),
): EditResult<Step> {
  return attempt(() => addStep(doc, { journeyId, stageId, title }, origin));
}

/** Locks or unlocks the board for participants (the facilitator's toolbar). */
export function setBoardLocked(session: Y.Doc, locked: boolean, origin: object): void {
  setLocked(session, locked, origin);
}

export function patchStep(doc: Y.Doc, id: string, patch: StepPatch, origin: object): EditResult<Step> {
  return attempt(() => updateStep(doc, id, patch, origin));
}

export function moveStepTo(doc: Y.Doc, id: string, target: MoveTarget, origin: object): EditResult<void> {
  return attempt(() => moveStep(doc, id, { index: target.index, stageId: target.stageId }, origin));
}

export function removeStep(doc: Y.Doc, id: string, origin: object): EditResult<boolean> {
  return attempt(() => deleteStep(doc, id, origin));
}

/** "a, b,, c " → ["a", "b", "c"]: how people and systems are typed in one field. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
