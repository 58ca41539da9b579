import {
  type Channel,
  type Lane,
  laneStepField,
  type Note,
  type Opportunity,
  type Persona,
  plainCascadeSource,
  planRemoval,
  type Rating,
  type RemovalPlan,
  type RemovalTarget,
  ratingId,
  relinkedCount,
  removedCount,
  type Stage,
  type Step,
} from '@journeyboard/journey';

export type StructureKind = 'stage' | 'channel' | 'lane';

export type Removal =
  | { readonly kind: 'stage'; readonly id: string; readonly deleteSteps: boolean }
  | { readonly kind: 'channel'; readonly id: string }
  | { readonly kind: 'lane'; readonly id: string };

/** The parts of the board a removal can reach. */
export interface BoardContents {
  readonly stages: readonly Stage[];
  readonly steps: readonly Step[];
  readonly channels: readonly Channel[];
  readonly lanes: readonly Lane[];
  readonly notes: readonly Note[];
  readonly ratings: readonly Rating[];
  readonly personas: readonly Persona[];
  readonly opportunities: readonly Opportunity[];
}

export interface Consequences {
  /** The name as shown (never empty). */
  readonly name: string;
  /** e.g. `Remove channel “Phone”?` */
  readonly question: string;
  /** What happens to everything that refers to it, one sentence each, in the model's real behaviour. */
  readonly effects: readonly string[];
  /** Steps in the stage, for offering to delete them with it (0 for channels and lanes). */
  readonly stepCount: number;
}

export const KIND_NOUN: Record<StructureKind, string> = { stage: 'stage', channel: 'channel', lane: 'lane' };

const UNDO_HINT = 'You can undo this with Undo or Ctrl+Z.';

export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A display name that is never empty, as the canvas shows it. */
export function displayName(kind: StructureKind, name: string): string {
  if (name.trim()) return name;
  return kind === 'stage' ? 'Untitled stage' : kind === 'channel' ? 'Untitled channel' : 'Untitled lane';
}

const FIELD_LABELS = {
  doing: 'Doing',
  thinking: 'Thinking',
  feeling: 'Feeling',
  'people-systems': 'People and systems',
} as const;

/**
 * What removing a stage, channel or lane does, worded for the confirmation. The counts come from the
 * model's own removal plan (the links each kind declares), so the sentence says what deleting will do.
 */
export function removalConsequences(removal: Removal, board: BoardContents): Consequences {
  switch (removal.kind) {
    case 'stage':
      return stageConsequences(removal.id, removal.deleteSteps, board);
    case 'channel':
      return channelConsequences(removal.id, board);
    case 'lane':
      return laneConsequences(removal.id, board);
  }
}

function planFor(targets: readonly RemovalTarget[], board: BoardContents): RemovalPlan {
  return planRemoval(
    targets,
    plainCascadeSource({
      stage: board.stages,
      step: board.steps,
      channel: board.channels,
      lane: board.lanes,
      note: board.notes,
      rating: board.ratings.map((rating) => ({
        ...rating,
        id: ratingId(rating.stepId, rating.participantId),
      })),
      persona: board.personas,
      opportunity: board.opportunities,
    }),
  );
}

function linkedOpportunities(plan: RemovalPlan, what: string): string | null {
  const linked = relinkedCount(plan, 'opportunity');
  if (linked === 0) return null;
  return `${count(linked, 'opportunity', 'opportunities')} ${linked === 1 ? 'loses its' : 'lose their'} link to ${what}.`;
}

function stageConsequences(id: string, deleteSteps: boolean, board: BoardContents): Consequences {
  const stage = board.stages.find((s) => s.id === id);
  const name = displayName('stage', stage?.title ?? '');
  const question = `Remove stage “${name}”?`;
  const stepIds = board.steps.filter((step) => step.stageId === id).map((step) => step.id);
  const effects: string[] = [];
  if (stepIds.length === 0) effects.push('It has no steps.');
  else if (!deleteSteps) {
    effects.push(
      `${stepIds.length === 1 ? 'Its step stays' : `Its ${stepIds.length} steps stay`} on the board, ` +
        'under “Steps without a stage” after the other stages, with all their cards and notes.',
    );
  } else {
    const plan = planFor(
      [{ kind: 'stage', id }, ...stepIds.map((s) => ({ kind: 'step' as const, id: s }))],
      board,
    );
    const steps = removedCount(plan, 'step');
    const notes = removedCount(plan, 'note');
    const ratings = removedCount(plan, 'rating');
    const along = [
      notes > 0 ? count(notes, 'sticky note') : null,
      ratings > 0 ? count(ratings, 'rating') : null,
    ].filter((part) => part !== null);
    effects.push(
      `${steps === 1 ? 'Its step is' : `Its ${steps} steps are`} deleted` +
        `${along.length > 0 ? `, with ${steps === 1 ? 'its' : 'their'} ${along.join(' and ')}` : ''}.`,
    );
    const linked = linkedOpportunities(plan, 'them');
    if (linked) effects.push(linked);
  }
  effects.push(UNDO_HINT);
  return { name, question, effects, stepCount: stepIds.length };
}

function channelConsequences(id: string, board: BoardContents): Consequences {
  const channel = board.channels.find((c) => c.id === id);
  const name = displayName('channel', channel?.name ?? '');
  const question = `Remove channel “${name}”?`;
  const plan = planFor([{ kind: 'channel', id }], board);
  const steps = relinkedCount(plan, 'step');
  const effects: string[] = [];
  if (steps === 0) effects.push('No step uses it.');
  else {
    effects.push(
      `${steps === 1 ? 'Its touchpoint card leaves' : `Its ${steps} touchpoint cards leave`} the board: ` +
        `${steps === 1 ? 'the step stays' : 'the steps stay'}, with no channel, and can be given another one.`,
    );
  }
  const personas = relinkedCount(plan, 'persona');
  if (personas > 0) {
    effects.push(
      `${count(personas, 'persona')} no longer ${personas === 1 ? 'lists' : 'list'} it as a preferred channel.`,
    );
  }
  effects.push(UNDO_HINT);
  return { name, question, effects, stepCount: 0 };
}

function laneConsequences(id: string, board: BoardContents): Consequences {
  const lane = board.lanes.find((l) => l.id === id);
  const name = displayName('lane', lane?.title ?? '');
  const question = `Remove lane “${name}”?`;
  const plan = planFor([{ kind: 'lane', id }], board);
  const notes = removedCount(plan, 'note');
  const effects: string[] = [];
  if (notes === 0) effects.push('It has no sticky notes.');
  else {
    effects.push(`${notes === 1 ? 'Its sticky note is' : `Its ${notes} sticky notes are`} deleted.`);
    const linked = linkedOpportunities(plan, notes === 1 ? 'it' : 'them');
    if (linked) effects.push(linked);
  }
  const field = lane ? laneStepField(lane.kind) : null;
  if (field) {
    effects.push(`Each step keeps its “${FIELD_LABELS[field]}” text; it stays in the step details.`);
  }
  effects.push(UNDO_HINT);
  return { name, question, effects, stepCount: 0 };
}
