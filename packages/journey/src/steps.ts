import type * as Y from 'yjs';
import { collection, entityMap } from './doc';
import { JourneyError } from './errors';
import { newId } from './ids';
import { insertEntity, patchEntity, reposition, requireEntity, siblings, transact } from './mutate';
import { removeCascading } from './remove';
import type { Origin, Step } from './types';

export type StepFields = Omit<Step, 'id' | 'journeyId' | 'order'>;

export interface StepInput extends Partial<StepFields> {
  readonly journeyId: string;
  /** Defaults to a new random id. */
  readonly id?: string;
  /** Position among the steps of the same stage; defaults to the end. */
  readonly index?: number;
}

export type StepPatch = Partial<Omit<StepFields, 'originStepId'>>;

export interface StepTarget {
  /** Index among the steps of the target stage, counted without the moved step. */
  readonly index: number;
  /** The stage to move into; omit to stay in the current stage, null for "no stage". */
  readonly stageId?: string | null;
}

function inStage(journeyId: string, stageId: string | null) {
  return (fields: Y.Map<unknown>) =>
    fields.get('journeyId') === journeyId && (fields.get('stageId') ?? null) === stageId;
}

export function checkStepLinks(
  doc: Y.Doc,
  journeyId: string,
  stageId: string | null,
  channelId: string | null,
) {
  requireEntity(doc, 'journey', journeyId);
  if (stageId !== null) {
    const stage = entityMap(doc, 'stage', stageId);
    if (!stage || stage.get('journeyId') !== journeyId) {
      throw new JourneyError(`no stage ${stageId} in journey ${journeyId}`, 'step.stageId', 'missing');
    }
  }
  if (channelId !== null && !entityMap(doc, 'channel', channelId)) {
    throw new JourneyError(`no channel ${channelId}`, 'step.channelId', 'missing');
  }
}

export function addStep(doc: Y.Doc, input: StepInput, origin: Origin): Step {
  return transact(doc, origin, () => {
    const { index, ...fields } = input;
    const stageId = fields.stageId ?? null;
    checkStepLinks(doc, fields.journeyId, stageId, fields.channelId ?? null);
    return insertEntity(
      doc,
      'step',
      { ...fields, id: fields.id ?? newId('step-') },
      { siblings: siblings(doc, 'step', inStage(fields.journeyId, stageId)), index },
    );
  });
}

export function updateStep(doc: Y.Doc, id: string, patch: StepPatch, origin: Origin): Step {
  return transact(doc, origin, () => {
    const map = requireEntity(doc, 'step', id);
    const journeyId = map.get('journeyId') as string;
    const stageId =
      patch.stageId === undefined ? ((map.get('stageId') as string | null) ?? null) : patch.stageId;
    const channelId =
      patch.channelId === undefined ? ((map.get('channelId') as string | null) ?? null) : patch.channelId;
    checkStepLinks(doc, journeyId, stageId, channelId);
    return patchEntity(doc, 'step', id, patch);
  });
}

export function moveStep(doc: Y.Doc, id: string, target: StepTarget, origin: Origin): void {
  transact(doc, origin, () => {
    const map = requireEntity(doc, 'step', id);
    const journeyId = map.get('journeyId') as string;
    const stageId =
      target.stageId === undefined ? ((map.get('stageId') as string | null) ?? null) : target.stageId;
    checkStepLinks(doc, journeyId, stageId, null);
    if ((map.get('stageId') ?? null) !== stageId) map.set('stageId', stageId);
    reposition(doc, 'step', id, siblings(doc, 'step', inStage(journeyId, stageId), id), target.index);
  });
}

export function deleteStep(doc: Y.Doc, id: string, origin: Origin): boolean {
  return transact(doc, origin, () => {
    if (!collection(doc, 'step').has(id)) return false;
    removeCascading(doc, [{ kind: 'step', id }]);
    return true;
  });
}
