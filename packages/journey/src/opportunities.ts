import type * as Y from 'yjs';
import { newId } from './ids';
import {
  everything,
  insertEntity,
  patchEntity,
  removeEntity,
  reposition,
  requireEntity,
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

/**
 * Changes an opportunity. Marking it done records the day (`doneAt`, UTC, unless the patch names one):
 * customers' scores of its steps are re-measured around that day; any other status clears it.
 */
export function updateOpportunity(
  doc: Y.Doc,
  id: string,
  patch: OpportunityPatch,
  origin: Origin,
  today: () => string = () => new Date().toISOString().slice(0, 10),
): Opportunity {
  return transact(doc, origin, () => {
    let full = patch;
    if (patch.status !== undefined && patch.doneAt === undefined) {
      const current = requireEntity(doc, 'opportunity', id).get('doneAt');
      const doneAt = patch.status === 'done' ? (typeof current === 'string' ? current : today()) : null;
      full = { ...patch, doneAt };
    }
    return patchEntity(doc, 'opportunity', id, full);
  });
}

export function moveOpportunity(doc: Y.Doc, id: string, index: number, origin: Origin): void {
  transact(doc, origin, () =>
    reposition(doc, 'opportunity', id, siblings(doc, 'opportunity', everything, id), index),
  );
}

export function deleteOpportunity(doc: Y.Doc, id: string, origin: Origin): boolean {
  return transact(doc, origin, () => removeEntity(doc, 'opportunity', id));
}
