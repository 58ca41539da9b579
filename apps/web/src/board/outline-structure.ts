import { compareOrdered, defaultJourney, type Journey, type Stage, type Step } from '@journeyboard/journey';

export interface OutlineSection {
  /** null: the steps that are in no stage (or in a stage that no longer exists). */
  readonly stageId: string | null;
  readonly stepIds: readonly string[];
}

export interface OutlineStructure {
  readonly journeyId: string | null;
  readonly sections: readonly OutlineSection[];
}

export const EMPTY_STRUCTURE: OutlineStructure = { journeyId: null, sections: [] };

/**
 * One journey's shape: its stages in order, each with its step ids in time order, and a trailing section
 * for steps without a (valid) stage when there are any (or when it has no stages at all).
 */
export function journeySections(
  journeyId: string,
  stages: readonly Pick<Stage, 'id' | 'journeyId' | 'order'>[],
  steps: readonly Step[],
): OutlineSection[] {
  const ownStages = stages.filter((stage) => stage.journeyId === journeyId).sort(compareOrdered);
  const stageIds = new Set(ownStages.map((stage) => stage.id));
  const buckets = new Map<string | null, Step[]>();
  for (const step of steps) {
    if (step.journeyId !== journeyId) continue;
    const key = step.stageId !== null && stageIds.has(step.stageId) ? step.stageId : null;
    const bucket = buckets.get(key) ?? [];
    bucket.push(step);
    buckets.set(key, bucket);
  }
  const sections: OutlineSection[] = ownStages.map((stage) => ({
    stageId: stage.id,
    stepIds: (buckets.get(stage.id) ?? []).sort(compareOrdered).map((step) => step.id),
  }));
  const loose = buckets.get(null);
  if (loose?.length || sections.length === 0) {
    sections.push({ stageId: null, stepIds: (loose ?? []).sort(compareOrdered).map((step) => step.id) });
  }
  return sections;
}

/** The shape of the board's default journey (the canvas's: `defaultJourney`), see `journeySections`. */
export function outlineStructure(
  journeys: readonly Journey[],
  stages: readonly Stage[],
  steps: readonly Step[],
): OutlineStructure {
  const journey = defaultJourney(journeys);
  if (!journey) return EMPTY_STRUCTURE;
  return { journeyId: journey.id, sections: journeySections(journey.id, stages, steps) };
}

export function sameStructure(a: OutlineStructure, b: OutlineStructure): boolean {
  return (
    a.journeyId === b.journeyId &&
    a.sections.length === b.sections.length &&
    a.sections.every((section, i) => {
      const other = b.sections[i];
      return (
        other !== undefined &&
        other.stageId === section.stageId &&
        other.stepIds.length === section.stepIds.length &&
        other.stepIds.every((id, j) => id === section.stepIds[j])
      );
    })
  );
}

export interface MoveTarget {
  readonly stageId: string | null;
  /** Index among the target section's steps, counted without the moved step (moveStep's convention). */
  readonly index: number;
}

/**
 * Where "move earlier" (-1) or "move later" (+1) puts a step: one place along its stage, or across
 * into the end of the previous stage / the start of the next one. null at either end of the journey.
 */
export function neighbourTarget(
  structure: OutlineStructure,
  stepId: string,
  direction: -1 | 1,
): MoveTarget | null {
  const sectionIndex = structure.sections.findIndex((section) => section.stepIds.includes(stepId));
  const section = structure.sections[sectionIndex];
  if (!section) return null;
  const index = section.stepIds.indexOf(stepId);
  const next = index + direction;
  if (next >= 0 && next < section.stepIds.length) return { stageId: section.stageId, index: next };
  const neighbour = structure.sections[sectionIndex + direction];
  if (!neighbour) return null;
  return { stageId: neighbour.stageId, index: direction < 0 ? neighbour.stepIds.length : 0 };
}
