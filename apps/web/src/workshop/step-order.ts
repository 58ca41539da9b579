import { compareOrdered, defaultJourney, type Journey, type Stage, type Step } from '@journeyboard/journey';

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
  const journeyRank = new Map<string, number>();
  const orderedJourneys = [...journeys].sort(compareOrdered);
  if (first) journeyRank.set(first.id, 0);
  for (const journey of orderedJourneys)
    if (!journeyRank.has(journey.id)) journeyRank.set(journey.id, journeyRank.size);
  const stageRank = new Map<string, { rank: number; journeyId: string }>();
  for (const [rank, stage] of [...stages].sort(compareOrdered).entries())
    stageRank.set(stage.id, { rank, journeyId: stage.journeyId });
  const rankOf = (step: Step): [number, number] => {
    const journey = journeyRank.get(step.journeyId) ?? journeyRank.size;
    const stage = step.stageId === null ? undefined : stageRank.get(step.stageId);
    // A step whose stage is gone or belongs to another journey sorts with its journey's loose steps.
    const own = stage !== undefined && stage.journeyId === step.journeyId;
    return [journey, own ? stage.rank : Number.MAX_SAFE_INTEGER];
  };
  const ranks = new Map(steps.map((step) => [step.id, rankOf(step)]));
  return [...steps].sort((a, b) => {
    const [ja, sa] = ranks.get(a.id)!;
    const [jb, sb] = ranks.get(b.id)!;
    return ja - jb || sa - sb || compareOrdered(a, b);
  });
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
