import type { Note, Step } from '@journeyboard/journey';
import type * as Y from 'yjs';
import { useCollectionDerived } from '../board/use-journey';

export type Counts = ReadonlyMap<string, number>;

/** How many items point at each id through `key` (items pointing nowhere are not counted). */
export function countBy<T>(items: readonly T[], key: (item: T) => string | null): Counts {
  const counts = new Map<string, number>();
  for (const item of items) {
    const id = key(item);
    if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export function sameCounts(a: Counts, b: Counts): boolean {
  if (a.size !== b.size) return false;
  for (const [id, n] of a) if (b.get(id) !== n) return false;
  return true;
}

const stepsPerStage = (steps: readonly Step[]) => countBy(steps, (step) => step.stageId);
const cardsPerChannel = (steps: readonly Step[]) => countBy(steps, (step) => step.channelId);
const notesPerLane = (notes: readonly Note[]) => countBy(notes, (note) => note.laneId);

/**
 * Steps per stage, cards per channel and notes per lane, live. Typing in a step or a note does not
 * re-render the panel: only a change of the counts does.
 */
export function useStructureCounts(doc: Y.Doc): {
  readonly stages: Counts;
  readonly channels: Counts;
  readonly lanes: Counts;
} {
  return {
    stages: useCollectionDerived(doc, 'step', stepsPerStage, sameCounts),
    channels: useCollectionDerived(doc, 'step', cardsPerChannel, sameCounts),
    lanes: useCollectionDerived(doc, 'note', notesPerLane, sameCounts),
  };
}

/** "no steps", "1 step", "3 steps". */
export function countLabel(n: number, singular: string, plural = `${singular}s`): string {
  return n === 0 ? `no ${plural}` : `${n} ${n === 1 ? singular : plural}`;
}
