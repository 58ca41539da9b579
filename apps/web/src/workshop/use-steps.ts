import { observeCollection, readCollection } from '@journeyboard/journey';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { useBoard } from '../board/board-context';
import { useDocValue } from '../board/use-doc-value';
import { useT } from '../i18n/use-t';
import { stepsInBoardOrder } from './step-order';

export interface StepOption {
  readonly id: string;
  readonly title: string;
}

function readOptions(doc: Y.Doc): readonly StepOption[] {
  const steps = stepsInBoardOrder(
    readCollection(doc, 'journey'),
    readCollection(doc, 'stage'),
    readCollection(doc, 'step'),
  );
  return steps.map((s) => ({ id: s.id, title: s.title }));
}

function sameOptions(a: readonly StepOption[], b: readonly StepOption[]): boolean {
  return a.length === b.length && a.every((o, i) => o.id === b[i]!.id && o.title === b[i]!.title);
}

/**
 * Ids and titles of the steps in the board's order (`stepsInBoardOrder`; an untitled one named in the
 * reader's language), re-rendering only when one is added, removed, moved or renamed, a stage or journey
 * is reordered, or the language changes.
 */
export function useStepOptions(): readonly StepOption[] {
  const { docs } = useBoard();
  const doc = docs.content;
  const t = useT();
  const read = useCallback(() => readOptions(doc), [doc]);
  const observe = useCallback(
    (next: (value: readonly StepOption[]) => void) => {
      const onChange = () => next(readOptions(doc));
      const offs = (['journey', 'stage', 'step'] as const).map((kind) =>
        observeCollection(doc, kind, onChange),
      );
      return () => {
        for (const off of offs) off();
      };
    },
    [doc],
  );
  const options = useDocValue(doc, read, observe, sameOptions);
  return useMemo(
    () => options.map((o) => (o.title ? o : { ...o, title: t('workshop.step.untitled') })),
    [options, t],
  );
}
