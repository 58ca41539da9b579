import type { Step } from '@journeyboard/journey';
import { useMemo } from 'react';
import { useBoard } from '../board/board-context';
import { useCollectionDerived } from '../board/use-journey';
import { useT } from '../i18n/use-t';

export interface StepOption {
  readonly id: string;
  readonly title: string;
}

function toOptions(steps: readonly Step[]): readonly StepOption[] {
  return steps.map((s) => ({ id: s.id, title: s.title }));
}

function sameOptions(a: readonly StepOption[], b: readonly StepOption[]): boolean {
  return a.length === b.length && a.every((o, i) => o.id === b[i]!.id && o.title === b[i]!.title);
}

/**
 * Ids and titles of the steps (an untitled one named in the reader's language), re-rendering only when
 * one is added, removed, moved or renamed, or the language changes.
 */
export function useStepOptions(): readonly StepOption[] {
  const { docs } = useBoard();
  const t = useT();
  const options = useCollectionDerived(docs.content, 'step', toOptions, sameOptions);
  return useMemo(
    () => options.map((o) => (o.title ? o : { ...o, title: t('workshop.step.untitled') })),
    [options, t],
  );
}
