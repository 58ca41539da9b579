import {
  type Journey,
  observeCollection,
  readCollection,
  type Stage,
  type Step,
} from '@journeyboard/journey';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocValue } from './use-doc-value';

/** What `useJourneyShape` reads from: the board's journeys, stages and steps. */
export type JourneyShapeReader<T> = (
  journeys: readonly Journey[],
  stages: readonly Stage[],
  steps: readonly Step[],
) => T;

/**
 * A value computed from the board's journeys, stages and steps (the outline's sections, the workshop's
 * step lists), computed again when any of them changes and handed on only when `same` says it differs.
 * `shape` and `same` are module-level functions (stable).
 */
export function useJourneyShape<T>(
  doc: Y.Doc,
  shape: JourneyShapeReader<T>,
  same: (a: T, b: T) => boolean,
): T {
  const read = useCallback(
    () => shape(readCollection(doc, 'journey'), readCollection(doc, 'stage'), readCollection(doc, 'step')),
    [doc, shape],
  );
  const observe = useCallback(
    (next: (value: T) => void) => {
      const onChange = () => next(read());
      const offs = (['journey', 'stage', 'step'] as const).map((kind) =>
        observeCollection(doc, kind, onChange),
      );
      return () => {
        for (const off of offs) off();
      };
    },
    [doc, read],
  );
  return useDocValue(doc, read, observe, same);
}
