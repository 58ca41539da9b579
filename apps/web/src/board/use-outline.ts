import { type Note, observeCollection, readCollection } from '@journeyboard/journey';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type OutlineStructure, outlineStructure, sameStructure } from './outline-structure';

function readStructure(doc: Y.Doc): OutlineStructure {
  return outlineStructure(
    readCollection(doc, 'journey'),
    readCollection(doc, 'stage'),
    readCollection(doc, 'step'),
  );
}

/** Stages and step ids in order; re-renders on adds, deletes and moves, not on field edits. */
export function useOutlineStructure(doc: Y.Doc): OutlineStructure {
  const cache = useRef<{ doc: Y.Doc; value: OutlineStructure } | null>(null);
  const read = useCallback(() => {
    if (cache.current?.doc === doc) return cache.current.value;
    const value = readStructure(doc);
    cache.current = { doc, value };
    return value;
  }, [doc]);
  const subscribe = useCallback(
    (notify: () => void) => {
      const onChange = () => {
        const value = readStructure(doc);
        if (cache.current?.doc === doc && sameStructure(cache.current.value, value)) return;
        cache.current = { doc, value };
        notify();
      };
      const offs = (['journey', 'stage', 'step'] as const).map((kind) =>
        observeCollection(doc, kind, onChange),
      );
      return () => {
        for (const off of offs) off();
      };
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, read, read);
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
  const cache = useRef<{ doc: Y.Doc; value: Map<string, readonly NoteLine[]> } | null>(null);
  const read = useCallback(() => {
    if (cache.current?.doc === doc) return cache.current.value;
    const value = groupNotes(readCollection(doc, 'note'), new Map());
    cache.current = { doc, value };
    return value;
  }, [doc]);
  const subscribe = useCallback(
    (notify: () => void) =>
      observeCollection(doc, 'note', (notes) => {
        cache.current = { doc, value: groupNotes(notes, cache.current?.value ?? new Map()) };
        notify();
      }),
    [doc],
  );
  return useSyncExternalStore(subscribe, read, read);
}
