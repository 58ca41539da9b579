import { defaultJourney, type Journey, type Stage, type Step, sortOrdered } from '@journeyboard/journey';
import { journeySections } from '../board/outline-structure';

/**
 * The steps in the order people see them on the board: the board's default journey first (the one the
 * canvas shows), then the other journeys in the board's order; within a journey stage by stage, each
 * stage's steps in time order, and the steps in no (existing) stage last. What the workshop's lists
 * (spotlight, ratings, votes, questions) offer, so "step 3" is third there too.
 */
export function stepsInBoardOrder(
  journeys: readonly Pick<Journey, 'id' | 'order' | 'kind'>[],
  stages: readonly Pick<Stage, 'id' | 'journeyId' | 'order'>[],
  steps: readonly Step[],
): Step[] {
  const first = defaultJourney(journeys);
  const rest = sortOrdered(journeys).filter((journey) => journey !== first);
  const byId = new Map(steps.map((step) => [step.id, step]));
  const ordered: Step[] = [];
  // Each journey as the outline lays it out (journeySections), the shown one first.
  for (const journey of first ? [first, ...rest] : rest) {
    for (const section of journeySections(journey.id, stages, steps))
      for (const id of section.stepIds) ordered.push(byId.get(id)!);
  }
  // Steps of a journey that is gone, last.
  const known = new Set(journeys.map((journey) => journey.id));
  ordered.push(...sortOrdered(steps.filter((step) => !known.has(step.journeyId))));
  return ordered;
}

export interface OrderedStepOption {
  readonly id: string;
  readonly title: string;
  /**
   * The name of the journey the step is in when that is not the journey the board shows (a future state
   * forked from it repeats every title), '' when that journey has no name; null for the shown journey's.
   */
  readonly otherJourney: string | null;
}

/** The steps as the workshop's lists offer them: in board order, those of other journeys marked. */
export function stepOptionsInBoardOrder(
  journeys: readonly Pick<Journey, 'id' | 'order' | 'kind' | 'name'>[],
  stages: readonly Pick<Stage, 'id' | 'journeyId' | 'order'>[],
  steps: readonly Step[],
): OrderedStepOption[] {
  const shown = defaultJourney(journeys);
  const names = new Map(journeys.map((journey) => [journey.id, journey.name.trim()]));
  return stepsInBoardOrder(journeys, stages, steps).map((step) => ({
    id: step.id,
    title: step.title,
    otherJourney: step.journeyId === shown?.id ? null : (names.get(step.journeyId) ?? ''),
  }));
}
