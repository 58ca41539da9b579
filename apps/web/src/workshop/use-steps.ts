import { useMemo } from 'react';
import { useBoard } from '../board/board-context';
import { useJourneyShape } from '../board/use-journey-shape';
import { useT } from '../i18n/use-t';
import { type OrderedStepOption, stepOptionsInBoardOrder } from './step-order';

export interface StepOption {
  readonly id: string;
  readonly title: string;
}

function sameOptions(a: readonly OrderedStepOption[], b: readonly OrderedStepOption[]): boolean {
  return (
    a.length === b.length &&
    a.every((o, i) => o.id === b[i]!.id && o.title === b[i]!.title && o.otherJourney === b[i]!.otherJourney)
  );
}

/**
 * Ids and titles of the steps in the board's order (`stepsInBoardOrder`; an untitled one named in the
 * reader's language, one of a journey the board does not show followed by that journey's name), re-rendering only when one is added, removed, moved or renamed, a stage or journey
 * is reordered, or the language changes.
 */
export function useStepOptions(): readonly StepOption[] {
  const { docs } = useBoard();
  const doc = docs.content;
  const t = useT();
  const options = useJourneyShape(doc, stepOptionsInBoardOrder, sameOptions);
  return useMemo(
    () =>
      options.map((o) => {
        const title = o.title || t('workshop.step.untitled');
        if (o.otherJourney === null) return { id: o.id, title };
        const journey = o.otherJourney || t('workshop.step.unnamed-journey');
        return { id: o.id, title: t('workshop.step.in-journey', { step: title, journey }) };
      }),
    [options, t],
  );
}
