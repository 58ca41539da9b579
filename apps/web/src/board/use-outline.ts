import { type Note, observeCollection, readCollection } from '@journeyboard/journey';
import { useCallback, useRef } from 'react';
import type * as Y from 'yjs';
import { type OutlineStructure, outlineStructure, sameStructure } from './outline-structure';
import { useDocValue } from './use-doc-value';
import { useJourneyShape } from './use-journey-shape';

/** Stages and step ids in order; re-renders on adds, deletes and moves, not on field edits. */
export function useOutlineStructure(doc: Y.Doc): OutlineStructure {
  return useJourneyShape(doc, outlineStructure, sameStructure);
}

export interface NoteLine {
  readonly id: string;
  readonly laneId: string;
  readonly text: string;
}

const NO_NOTES: readonly NoteLine[] = [];

/**
 * Notes grouped by step. Arrays for steps whose notes did not change keep their identity, so only
 * the outline rows of touched steps re-render.
 */
export function groupNotes(
  notes: readonly Note[],
  previous: ReadonlyMap<string, readonly NoteLine[]>,
): Map<string, readonly NoteLine[]> {
  const fresh = new Map<string, NoteLine[]>();
  for (const note of notes) {
    const list = fresh.get(note.stepId) ?? [];
    list.push({ id: note.id, laneId: note.laneId, text: note.text });
    fresh.set(note.stepId, list);
  }
  const out = new Map<string, readonly NoteLine[]>();
  for (const [stepId, list] of fresh) {
    const before = previous.get(stepId);
    const same =
      before !== undefined &&
      before.length === list.length &&
      before.every((line, i) => {
        const other = list[i];
        return (
          other !== undefined &&
          other.id === line.id &&
          other.text === line.text &&
          other.laneId === line.laneId
        );
      });
    out.set(stepId, same ? before : list);
  }
  return out;
}

export function notesFor(
  groups: ReadonlyMap<string, readonly NoteLine[]>,
  stepId: string,
): readonly NoteLine[] {
  return groups.get(stepId) ?? NO_NOTES;
}

export function useNotesByStep(doc: Y.Doc): ReadonlyMap<string, readonly NoteLine[]> {
  // The previous grouping is kept so arrays of untouched steps keep their identity.
  const previous = useRef<ReadonlyMap<string, readonly NoteLine[]>>(new Map());
  const group = useCallback((notes: readonly Note[]) => {
    previous.current = groupNotes(notes, previous.current);
    return previous.current;
  }, []);
  const read = useCallback(() => group(readCollection(doc, 'note')), [doc, group]);
  const observe = useCallback(
    (next: (value: ReadonlyMap<string, readonly NoteLine[]>) => void) =>
      observeCollection(doc, 'note', (notes) => next(group(notes))),
    [doc, group],
  );
  return useDocValue(doc, read, observe);
}
