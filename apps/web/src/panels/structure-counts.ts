import type { Note, Step } from '@journeyboard/journey';
import type * as Y from 'yjs';
import { useCollectionDerived } from '../board/use-journey';
import { type MessageKey, t } from '../i18n/i18n';
import type { StructureKind } from './structure-consequences';

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

/** What each row counts: the steps a stage spans, the cards in a channel row, the notes in a lane. */
const COUNT_KEYS = {
  stage: 'panels.structure.count.stage',
  channel: 'panels.structure.count.channel',
  lane: 'panels.structure.count.lane',
} as const satisfies Readonly<Record<StructureKind, MessageKey>>;

/** "no steps", "1 step", "3 steps" (cards for a channel, notes for a lane), in the reader's language. */
export function countLabel(kind: StructureKind, n: number): string {
  return t(COUNT_KEYS[kind], { count: n });
}
