import * as Y from 'yjs';
import { collection } from './doc';
import { newId } from './ids';
import { fieldIs, insertEntity, patchEntity, reposition, requireEntity, siblings, transact } from './mutate';
import { removeCascading } from './remove';
import type { Origin, Stage } from './types';

export interface StageInput {
  readonly journeyId: string;
  readonly title?: string;
  readonly description?: string;
  readonly id?: string;
  readonly index?: number;
}

export type StagePatch = Partial<Pick<Stage, 'title' | 'description'>>;

export function addStage(doc: Y.Doc, input: StageInput, origin: Origin): Stage {
  return transact(doc, origin, () => {
    const { index, ...fields } = input;
    requireEntity(doc, 'journey', fields.journeyId);
    return insertEntity(
      doc,
      'stage',
      { ...fields, id: fields.id ?? newId('stage-') },
      { siblings: siblings(doc, 'stage', fieldIs('journeyId', fields.journeyId)), index },
    );
  });
}

export function updateStage(doc: Y.Doc, id: string, patch: StagePatch, origin: Origin): Stage {
  return transact(doc, origin, () => patchEntity(doc, 'stage', id, patch));
}

export function moveStage(doc: Y.Doc, id: string, index: number, origin: Origin): void {
  transact(doc, origin, () => {
    const journeyId = requireEntity(doc, 'stage', id).get('journeyId');
    reposition(doc, 'stage', id, siblings(doc, 'stage', fieldIs('journeyId', journeyId), id), index);
  });
}

export interface DeleteStageOptions {
  /** Delete the stage's steps too (with their notes and ratings); by default they become unstaged. */
  readonly deleteSteps?: boolean;
}

export function deleteStage(
  doc: Y.Doc,
  id: string,
  origin: Origin,
  options: DeleteStageOptions = {},
): boolean {
  return transact(doc, origin, () => {
    if (!collection(doc, 'stage').has(id)) return false;
    const steps = options.deleteSteps
      ? [...collection(doc, 'step').entries()]
          .filter(([, step]) => step instanceof Y.Map && step.get('stageId') === id)
          .map(([stepId]) => ({ kind: 'step' as const, id: stepId }))
      : [];
    removeCascading(doc, [{ kind: 'stage', id }, ...steps]);
    return true;
  });
}
