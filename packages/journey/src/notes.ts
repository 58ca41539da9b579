import type * as Y from 'yjs';
import { removeAttachmentsOf } from './attachments';
import { collection } from './doc';
import { newId } from './ids';
import { insertEntity, patchEntity, reposition, requireEntity, siblings, transact } from './mutate';
import { unlinkFromOpportunities } from './steps';
import type { Note, Origin } from './types';

export interface NoteInput {
  readonly stepId: string;
  readonly laneId: string;
  readonly text?: string;
  readonly color?: string;
  readonly authorId?: string;
  readonly authorName?: string;
  readonly id?: string;
  readonly index?: number;
}

export type NotePatch = Partial<Pick<Note, 'text' | 'color'>>;

export interface NoteTarget {
  readonly index: number;
  /** Omit to stay in the same cell. */
  readonly stepId?: string;
  readonly laneId?: string;
}

function inCell(stepId: unknown, laneId: unknown) {
  return (fields: Y.Map<unknown>) => fields.get('stepId') === stepId && fields.get('laneId') === laneId;
}

export function addNote(doc: Y.Doc, input: NoteInput, origin: Origin): Note {
  return transact(doc, origin, () => {
    const { index, ...fields } = input;
    requireEntity(doc, 'step', fields.stepId);
    requireEntity(doc, 'lane', fields.laneId);
    return insertEntity(
      doc,
      'note',
      { ...fields, id: fields.id ?? newId('note-') },
      { siblings: siblings(doc, 'note', inCell(fields.stepId, fields.laneId)), index },
    );
  });
}

export function updateNote(doc: Y.Doc, id: string, patch: NotePatch, origin: Origin): Note {
  return transact(doc, origin, () => patchEntity(doc, 'note', id, patch));
}

/** Moves a note within its cell or to another cell (step × lane). */
export function moveNote(doc: Y.Doc, id: string, target: NoteTarget, origin: Origin): void {
  transact(doc, origin, () => {
    const map = requireEntity(doc, 'note', id);
    const stepId = target.stepId ?? map.get('stepId');
    const laneId = target.laneId ?? map.get('laneId');
    if (target.stepId !== undefined) requireEntity(doc, 'step', target.stepId);
    if (target.laneId !== undefined) requireEntity(doc, 'lane', target.laneId);
    if (map.get('stepId') !== stepId) map.set('stepId', stepId);
    if (map.get('laneId') !== laneId) map.set('laneId', laneId);
    reposition(doc, 'note', id, siblings(doc, 'note', inCell(stepId, laneId), id), target.index);
  });
}

export function deleteNote(doc: Y.Doc, id: string, origin: Origin): boolean {
  return transact(doc, origin, () => {
    if (!collection(doc, 'note').has(id)) return false;
    collection(doc, 'note').delete(id);
    unlinkFromOpportunities(doc, new Set(), new Set([id]));
    removeAttachmentsOf(doc, 'noteId', new Set([id]));
    return true;
  });
}
