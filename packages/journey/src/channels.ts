import type * as Y from 'yjs';
import { collection } from './doc';
import { newId } from './ids';
import { everything, insertEntity, patchEntity, reposition, siblings, transact } from './mutate';
import { removeCascading } from './remove';
import type { Channel, Origin } from './types';

export interface ChannelInput {
  readonly name: string;
  readonly color?: string;
  readonly icon?: string;
  readonly id?: string;
  readonly index?: number;
}

export type ChannelPatch = Partial<Pick<Channel, 'name' | 'color' | 'icon'>>;

export function addChannel(doc: Y.Doc, input: ChannelInput, origin: Origin): Channel {
  return transact(doc, origin, () => {
    const { index, ...fields } = input;
    return insertEntity(
      doc,
      'channel',
      { ...fields, id: fields.id ?? newId('channel-') },
      { siblings: siblings(doc, 'channel', everything), index },
    );
  });
}

export function updateChannel(doc: Y.Doc, id: string, patch: ChannelPatch, origin: Origin): Channel {
  return transact(doc, origin, () => patchEntity(doc, 'channel', id, patch));
}

export function moveChannel(doc: Y.Doc, id: string, index: number, origin: Origin): void {
  transact(doc, origin, () =>
    reposition(doc, 'channel', id, siblings(doc, 'channel', everything, id), index),
  );
}

/** Steps on the channel lose it (stay on the board); personas stop preferring it. */
export function deleteChannel(doc: Y.Doc, id: string, origin: Origin): boolean {
  return transact(doc, origin, () => {
    if (!collection(doc, 'channel').has(id)) return false;
    removeCascading(doc, [{ kind: 'channel', id }]);
    return true;
  });
}
