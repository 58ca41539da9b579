import type { Step } from '@journeyboard/journey';
import { useBoard } from '../board/board-context';
import { useCollectionDerived } from '../board/use-journey';

export interface StepOption {
  readonly id: string;
  readonly title: string;
}

function toOptions(steps: readonly Step[]): readonly StepOption[] {
  return steps.map((s) => ({ id: s.id, title: s.title || 'Untitled step' }));
}

function sameOptions(a: readonly StepOption[], b: readonly StepOption[]): boolean {
  return a.length === b.length && a.every((o, i) => o.id === b[i]!.id && o.title === b[i]!.title);
}

/** Ids and titles of the steps, re-rendering only when one is added, removed, moved or renamed. */
export function useStepOptions(): readonly StepOption[] {
  const { docs } = useBoard();
  return useCollectionDerived(docs.content, 'step', toOptions, sameOptions);
}
