import type * as Y from 'yjs';
import { collection } from './doc';
import { newId } from './ids';
import { everything, insertEntity, patchEntity, reposition, siblings, transact } from './mutate';
import { removeCascading } from './remove';
import type { Lane, Origin } from './types';

export interface LaneInput {
  readonly kind: Lane['kind'];
  readonly title?: string;
  readonly id?: string;
  readonly index?: number;
}

export type LanePatch = Partial<Pick<Lane, 'title' | 'kind'>>;

export function addLane(doc: Y.Doc, input: LaneInput, origin: Origin): Lane {
  return transact(doc, origin, () => {
    const { index, ...fields } = input;
    return insertEntity(
      doc,
      'lane',
      { ...fields, id: fields.id ?? newId('lane-') },
      { siblings: siblings(doc, 'lane', everything), index },
    );
  });
}

export function updateLane(doc: Y.Doc, id: string, patch: LanePatch, origin: Origin): Lane {
  return transact(doc, origin, () => patchEntity(doc, 'lane', id, patch));
}

export function moveLane(doc: Y.Doc, id: string, index: number, origin: Origin): void {
  transact(doc, origin, () => reposition(doc, 'lane', id, siblings(doc, 'lane', everything, id), index));
}

/** Deletes the lane and the sticky notes in it. */
export function deleteLane(doc: Y.Doc, id: string, origin: Origin): boolean {
  return transact(doc, origin, () => {
    if (!collection(doc, 'lane').has(id)) return false;
    removeCascading(doc, [{ kind: 'lane', id }]);
    return true;
  });
}
