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
import { type MessageKey, t } from '../i18n/i18n';
import { nameOr } from '../i18n/untitled';

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
  /** e.g. `Remove channel “Phone”?`, in the reader's language (as are the effects). */
  readonly question: string;
  /** What happens to everything that refers to it, one sentence each, in the model's real behaviour. */
  readonly effects: readonly string[];
  /** Steps in the stage, for offering to delete them with it (0 for channels and lanes). */
  readonly stepCount: number;
}

const FIELD_LABEL_KEYS = {
  doing: 'panels.field.doing',
  thinking: 'panels.field.thinking',
  feeling: 'panels.field.feeling',
  'people-systems': 'panels.remove.field.people-systems',
} as const satisfies Readonly<Record<string, MessageKey>>;

/** A display name that is never empty, as the canvas shows it. */
export function displayName(kind: StructureKind, name: string): string {
  return nameOr(t, kind, name);
}

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

function linkedOpportunities(plan: RemovalPlan, toOne: boolean): string | null {
  const linked = relinkedCount(plan, 'opportunity');
  if (linked === 0) return null;
  return t(toOne ? 'panels.remove.opportunities-unlinked-it' : 'panels.remove.opportunities-unlinked-them', {
    count: linked,
  });
}

/** "3 sticky notes and 1 rating": what goes along with deleted steps. */
function alongWith(notes: number, ratings: number): string | null {
  const parts = [
    notes > 0 ? t('panels.remove.sticky-notes', { count: notes }) : null,
    ratings > 0 ? t('panels.remove.ratings', { count: ratings }) : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : t('panels.remove.and', { first: parts[0]!, second: parts[1]! });
}

function stageConsequences(id: string, deleteSteps: boolean, board: BoardContents): Consequences {
  const stage = board.stages.find((s) => s.id === id);
  const name = displayName('stage', stage?.title ?? '');
  const question = t('panels.remove.question', { kind: 'stage', name });
  const stepIds = board.steps.filter((step) => step.stageId === id).map((step) => step.id);
  const effects: string[] = [];
  if (stepIds.length === 0) effects.push(t('panels.remove.stage.no-steps'));
  else if (!deleteSteps) {
    effects.push(t('panels.remove.stage.steps-stay', { count: stepIds.length }));
  } else {
    const plan = planFor(
      [{ kind: 'stage', id }, ...stepIds.map((s) => ({ kind: 'step' as const, id: s }))],
      board,
    );
    const steps = removedCount(plan, 'step');
    const notes = removedCount(plan, 'note');
    const ratings = removedCount(plan, 'rating');
    const along = alongWith(notes, ratings);
    effects.push(
      along === null
        ? t('panels.remove.stage.steps-deleted', { count: steps })
        : t('panels.remove.stage.steps-deleted-with', { count: steps, along }),
    );
    const linked = linkedOpportunities(plan, false);
    if (linked) effects.push(linked);
  }
  effects.push(t('panels.remove.undo-hint'));
  return { name, question, effects, stepCount: stepIds.length };
}

function channelConsequences(id: string, board: BoardContents): Consequences {
  const channel = board.channels.find((c) => c.id === id);
  const name = displayName('channel', channel?.name ?? '');
  const question = t('panels.remove.question', { kind: 'channel', name });
  const plan = planFor([{ kind: 'channel', id }], board);
  const steps = relinkedCount(plan, 'step');
  const effects: string[] = [];
  if (steps === 0) effects.push(t('panels.remove.channel.unused'));
  else {
    effects.push(t('panels.remove.channel.cards-leave', { count: steps }));
  }
  const personas = relinkedCount(plan, 'persona');
  if (personas > 0) {
    effects.push(t('panels.remove.channel.personas', { count: personas }));
  }
  effects.push(t('panels.remove.undo-hint'));
  return { name, question, effects, stepCount: 0 };
}

function laneConsequences(id: string, board: BoardContents): Consequences {
  const lane = board.lanes.find((l) => l.id === id);
  const name = displayName('lane', lane?.title ?? '');
  const question = t('panels.remove.question', { kind: 'lane', name });
  const plan = planFor([{ kind: 'lane', id }], board);
  const notes = removedCount(plan, 'note');
  const effects: string[] = [];
  if (notes === 0) effects.push(t('panels.remove.lane.no-notes'));
  else {
    effects.push(t('panels.remove.lane.notes-deleted', { count: notes }));
    const linked = linkedOpportunities(plan, notes === 1);
    if (linked) effects.push(linked);
  }
  const field = lane ? laneStepField(lane.kind) : null;
  if (field) {
    effects.push(t('panels.remove.lane.field-kept', { field: t(FIELD_LABEL_KEYS[field]) }));
  }
  effects.push(t('panels.remove.undo-hint'));
  return { name, question, effects, stepCount: 0 };
}
