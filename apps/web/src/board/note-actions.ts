import { addNote, deleteNote, moveNote, NOTE_COLORS, type Note, updateNote } from '@journeyboard/journey';
import type * as Y from 'yjs';
import { attempt, type EditResult } from './edit-actions';
import type { NoteMove } from './outline-notes';

/** Adds a note at the end of a cell, written by `author`; its colour follows the cell's others. */
export function addNoteIn(
  doc: Y.Doc,
  cell: { readonly stepId: string; readonly laneId: string; readonly count: number },
  text: string,
  author: { readonly id: string; readonly name: string },
  origin: object,
): EditResult<Note> {
  return attempt(() =>
    addNote(
      doc,
      {
        stepId: cell.stepId,
        laneId: cell.laneId,
        text,
        color: NOTE_COLORS[cell.count % NOTE_COLORS.length],
        authorId: author.id,
        authorName: author.name,
      },
      origin,
    ),
  );
}

export function editNoteText(doc: Y.Doc, id: string, text: string, origin: object): EditResult<Note> {
  return attempt(() => updateNote(doc, id, { text }, origin));
}

export function moveNoteTo(doc: Y.Doc, id: string, move: NoteMove, origin: object): EditResult<void> {
  return attempt(() => moveNote(doc, id, move, origin));
}

export function removeNote(doc: Y.Doc, id: string, origin: object): EditResult<boolean> {
  return attempt(() => deleteNote(doc, id, origin));
}
