import type * as Y from 'yjs';
import { newId } from './ids';
import {
  everything,
  insertEntity,
  patchEntity,
  removeEntity,
  reposition,
  siblings,
  transact,
} from './mutate';
import type { Opportunity, Origin } from './types';

export type OpportunityFields = Omit<Opportunity, 'id' | 'order'>;

export interface OpportunityInput extends Partial<OpportunityFields> {
  readonly title: string;
  readonly id?: string;
  readonly index?: number;
}

export type OpportunityPatch = Partial<OpportunityFields>;

export function addOpportunity(doc: Y.Doc, input: OpportunityInput, origin: Origin): Opportunity {
  return transact(doc, origin, () => {
    const { index, ...fields } = input;
    return insertEntity(
      doc,
      'opportunity',
      { ...fields, id: fields.id ?? newId('opportunity-') },
      { siblings: siblings(doc, 'opportunity', everything), index },
    );
  });
}

export function updateOpportunity(
  doc: Y.Doc,
  id: string,
  patch: OpportunityPatch,
  origin: Origin,
): Opportunity {
  return transact(doc, origin, () => patchEntity(doc, 'opportunity', id, patch));
}

export function moveOpportunity(doc: Y.Doc, id: string, index: number, origin: Origin): void {
  transact(doc, origin, () =>
    reposition(doc, 'opportunity', id, siblings(doc, 'opportunity', everything, id), index),
  );
}

export function deleteOpportunity(doc: Y.Doc, id: string, origin: Origin): boolean {
  return transact(doc, origin, () => removeEntity(doc, 'opportunity', id));
}
