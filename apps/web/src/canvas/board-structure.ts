import {
  type Channel,
  compareOrdered,
  defaultJourney,
  type Journey,
  type Lane,
  laneStepField,
  type Note,
  type ParticipantStats,
  participantStats,
  type Rating,
  type RatingDistribution,
  type Stage,
  type Step,
} from '@journeyboard/journey';
import type { ColumnInput, LaneInput, LayoutInput } from './layout';

/**
 * What decides the board's geometry: which columns exist in which order, the rows, and how many notes sit
 * in each cell. Text and scores are not here, so editing a card's text never re-lays out the board.
 */
export interface BoardStructure {
  readonly journeyId: string | null;
  readonly columns: readonly ColumnInput[];
  /** Step ids in column order (without empty-stage placeholders). */
  readonly stepIds: readonly string[];
  readonly stages: ReadonlyMap<string, Stage>;
  readonly channels: readonly Channel[];
  readonly lanes: readonly Lane[];
  /** Note ids per cell, keyed by `cellKey(stepId, laneId)`, in order. */
  readonly cellNotes: ReadonlyMap<string, readonly string[]>;
  readonly layoutInput: LayoutInput;
}

export function cellKey(stepId: string, laneId: string): string {
  return `${stepId}\u0000${laneId}`;
}

/** Fields that may be edited in place from a lane cell (people & systems are lists: the inspector edits them). */
export function inlineEditableField(field: string | null): string | null {
  return field === 'doing' || field === 'thinking' || field === 'feeling' ? field : null;
}

export interface StructureInput {
  readonly journeys: readonly Journey[];
  readonly stages: readonly Stage[];
  readonly steps: readonly Step[];
  readonly channels: readonly Channel[];
  readonly lanes: readonly Lane[];
  readonly notes: readonly Note[];
  /** The journey to show; null or unknown means the default journey. */
  readonly journeyId: string | null;
}

/**
 * Builds the board's structure from validated collections. Tolerates what peers may leave behind: a step
 * in a deleted stage is shown unstaged, a card on a deleted channel has no card, notes of unknown steps
 * or lanes are not shown.
 */
export function buildStructure(input: StructureInput): BoardStructure {
  const journeyId =
    input.journeyId && input.journeys.some((journey) => journey.id === input.journeyId)
      ? input.journeyId
      : (defaultJourney(input.journeys)?.id ?? null);
  const stages = input.stages.filter((stage) => stage.journeyId === journeyId).sort(compareOrdered);
  const stageIds = new Set(stages.map((stage) => stage.id));
  const stepsByStage = new Map<string | null, Step[]>();
  for (const step of input.steps) {
    if (step.journeyId !== journeyId) continue;
    const stageId = step.stageId !== null && stageIds.has(step.stageId) ? step.stageId : null;
    const list = stepsByStage.get(stageId) ?? [];
    list.push(step);
    stepsByStage.set(stageId, list);
  }
  const columns: ColumnInput[] = [];
  for (const stage of stages) {
    const steps = (stepsByStage.get(stage.id) ?? []).sort(compareOrdered);
    if (steps.length === 0) columns.push({ stepId: null, stageId: stage.id });
    for (const step of steps) columns.push({ stepId: step.id, stageId: stage.id });
  }
  for (const step of (stepsByStage.get(null) ?? []).sort(compareOrdered))
    columns.push({ stepId: step.id, stageId: null });
  const stepIds = columns.flatMap((column) => (column.stepId === null ? [] : [column.stepId]));
  const shownSteps = new Set(stepIds);

  const channels = [...input.channels].sort(compareOrdered);
  const lanes = [...input.lanes].sort(compareOrdered);
  const laneIds = new Set(lanes.map((lane) => lane.id));
  const notesByCell = new Map<string, Note[]>();
  for (const note of input.notes) {
    if (!shownSteps.has(note.stepId) || !laneIds.has(note.laneId)) continue;
    const key = cellKey(note.stepId, note.laneId);
    const list = notesByCell.get(key) ?? [];
    list.push(note);
    notesByCell.set(key, list);
  }
  const cellNotes = new Map<string, readonly string[]>();
  const maxNotes = new Map<string, number>();
  for (const [key, list] of notesByCell) {
    list.sort(compareOrdered);
    cellNotes.set(
      key,
      list.map((note) => note.id),
    );
    const laneId = list[0]!.laneId;
    maxNotes.set(laneId, Math.max(maxNotes.get(laneId) ?? 0, list.length));
  }

  const laneInputs: LaneInput[] = lanes.map((lane) => ({
    id: lane.id,
    field: laneStepField(lane.kind),
    maxNotes: maxNotes.get(lane.id) ?? 0,
  }));
  // Time and owner are step fields rather than lanes: show them after the last lane that shows a field.
  let infoRowsAfterLane = 0;
  laneInputs.forEach((lane, index) => {
    if (lane.field !== null) infoRowsAfterLane = index + 1;
  });
  return {
    journeyId,
    columns,
    stepIds,
    stages: new Map(stages.map((stage) => [stage.id, stage])),
    channels,
    lanes,
    cellNotes,
    layoutInput: {
      columns,
      channelIds: channels.map((channel) => channel.id),
      lanes: laneInputs,
      infoRowsAfterLane,
    },
  };
}

/** A cheap fingerprint of what buildStructure reads from steps, so unrelated step edits skip a rebuild. */
export function stepStructureKey(steps: readonly Step[]): string {
  let key = '';
  for (const step of steps) key += `${step.id}|${step.journeyId}|${step.stageId ?? ''}|${step.order};`;
  return key;
}

export function noteStructureKey(notes: readonly Note[]): string {
  let key = '';
  for (const note of notes) key += `${note.id}|${note.stepId}|${note.laneId}|${note.order};`;
  return key;
}

export type RatingStats = ParticipantStats;

/** Participants' ratings per step (mean, min, max), using the journey package's statistics. */
export function ratingStats(ratings: readonly Rating[]): Map<string, RatingStats> {
  const byStep = new Map<string, Rating[]>();
  for (const rating of ratings) {
    const list = byStep.get(rating.stepId);
    if (list) list.push(rating);
    else byStep.set(rating.stepId, [rating]);
  }
  const stats = new Map<string, RatingStats>();
  for (const [stepId, list] of byStep) {
    const summary = participantStats(list);
    if (summary) stats.set(stepId, summary);
  }
  return stats;
}

/**
 * The participants' statistics the curve draws once ratings are revealed: the relay's published
 * distributions, combined with ratings an older board kept in its content document (`legacy`).
 */
export function withRevealedStats(
  legacy: ReadonlyMap<string, RatingStats>,
  revealed: ReadonlyMap<string, RatingDistribution>,
): Map<string, RatingStats> {
  const stats = new Map(legacy);
  for (const [stepId, d] of revealed) {
    if (d.count === 0 || d.mean === null || d.min === null || d.max === null) continue;
    const old = stats.get(stepId);
    if (!old) {
      stats.set(stepId, { mean: d.mean, min: d.min, max: d.max, count: d.count });
      continue;
    }
    const count = old.count + d.count;
    stats.set(stepId, {
      mean: (old.mean * old.count + d.mean * d.count) / count,
      min: Math.min(old.min, d.min),
      max: Math.max(old.max, d.max),
      count,
    });
  }
  return stats;
}
