import { t } from '../i18n/i18n';
import { nameOr } from '../i18n/untitled';
import type { NoteLine } from './use-outline';

/** A note's lane group in a step's outline row: the lane and its notes in board order. */
export interface LaneNotes {
  readonly laneId: string;
  readonly title: string;
  readonly notes: readonly NoteLine[];
}

/** Where a note goes: an index among the target cell's notes counted without it (moveNote's convention). */
export interface NoteMove {
  readonly stepId?: string;
  readonly index: number;
}

/**
 * A step's notes grouped by lane, in the lanes' board order; every lane is listed (empty ones too), so a
 * keyboard user can add the first note to any lane from the same place.
 */
export function notesByLane(
  lanes: readonly { readonly id: string; readonly title: string }[],
  notes: readonly NoteLine[],
): LaneNotes[] {
  return lanes.map((lane) => ({
    laneId: lane.id,
    title: nameOr(t, 'lane', lane.title),
    notes: notes.filter((note) => note.laneId === lane.id),
  }));
}

/** "Move earlier" (-1) or "later" (+1) within its cell; null at either end. */
export function reorderTarget(cell: readonly NoteLine[], noteId: string, direction: -1 | 1): NoteMove | null {
  const index = cell.findIndex((note) => note.id === noteId);
  if (index < 0) return null;
  const next = index + direction;
  if (next < 0 || next >= cell.length) return null;
  return { index: next };
}

/**
 * "Move to the previous step" (-1) or "next step" (+1): the same lane of the neighbouring step in the
 * journey's order, at the end of that cell; null at either end of the journey.
 */
export function stepTarget(
  stepIds: readonly string[],
  notesOfStep: (stepId: string) => readonly NoteLine[],
  stepId: string,
  laneId: string,
  direction: -1 | 1,
): NoteMove | null {
  const at = stepIds.indexOf(stepId);
  const neighbour = at < 0 ? undefined : stepIds[at + direction];
  if (!neighbour) return null;
  const count = notesOfStep(neighbour).filter((note) => note.laneId === laneId).length;
  return { stepId: neighbour, index: count };
}
