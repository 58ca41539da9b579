import type { EntityShape } from '@journeyboard/journey';
import * as Y from 'yjs';
import {
  entrySlot,
  fieldCodeOf,
  fieldSlot,
  type ItemIndex,
  ItemKind,
  isNested,
  NO_SLOT,
  nestedSlot,
} from './item-index';

/**
 * Places the new structs of an update: for each, the slot it occupies (see item-index.ts) and what it
 * holds, found from its parent (root name or parent item) or, when it has neighbours, from theirs. The
 * neighbours and parents may be in the index or in the same update (in any order), so placing is a walk
 * with an explicit stack: chains of thousands of overwrites of one key must not recurse.
 */

export type Struct = Y.Item | Y.GC | Y.Skip;

export interface Placed {
  readonly struct: Y.Item | Y.GC;
  readonly slot: number;
  readonly kind: number;
}

export type Placement =
  | { readonly ok: true; readonly placed: readonly Placed[] }
  | { readonly ok: false; readonly reason: 'unknown_reference' };

/** How a root's direct children are read: shapes of the document's declared roots. */
export type RootShapes = ReadonlyMap<string, EntityShape>;

export function contentKind(struct: Y.Item | Y.GC): number {
  if (struct instanceof Y.GC) return ItemKind.gc;
  const content = struct.content;
  if (content instanceof Y.ContentDeleted) return ItemKind.deleted;
  if (content instanceof Y.ContentType)
    return content.type.constructor === Y.Map ? ItemKind.map : ItemKind.otherType;
  return ItemKind.value;
}

/** New structs of one update by client, for finding a neighbour that arrives in the same update. */
class UpdateStructs {
  private readonly byClient = new Map<number, (Y.Item | Y.GC)[]>();

  constructor(structs: readonly (Y.Item | Y.GC)[]) {
    for (const struct of structs) {
      let list = this.byClient.get(struct.id.client);
      if (!list) {
        list = [];
        this.byClient.set(struct.id.client, list);
      }
      list.push(struct);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  find(client: number, clock: number): Y.Item | Y.GC | undefined {
    const list = this.byClient.get(client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const struct = list[mid]!;
      if (clock < struct.id.clock) high = mid - 1;
      else if (clock >= struct.id.clock + struct.length) low = mid + 1;
      else return struct;
    }
    return undefined;
  }
}

/** The slot of a child under a root or under a placed type item. */
function childSlot(
  index: ItemIndex,
  roots: RootShapes,
  parent: string | number,
  parentSub: string | null,
): number {
  if (typeof parent === 'string') {
    if (parentSub === null) return nestedSlot(entrySlot(index.entryId(parent, '')));
    if (roots.get(parent) === 'singleton')
      return fieldSlot(index.entryId(parent, ''), index.fieldCode(parentSub));
    return entrySlot(index.entryId(parent, parentSub));
  }
  if (parent === NO_SLOT) return NO_SLOT;
  if (fieldCodeOf(parent) === 0 && !isNested(parent) && parentSub !== null) {
    return fieldSlot(Math.floor(parent / 512), index.fieldCode(parentSub));
  }
  return nestedSlot(parent);
}

/** Places every new struct (those the index does not hold), or says one builds on something unknown. */
export function placeStructs(index: ItemIndex, roots: RootShapes, structs: readonly Struct[]): Placement {
  const fresh: (Y.Item | Y.GC)[] = [];
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (!index.holds(struct.id.client, struct.id.clock)) fresh.push(struct);
  }
  const inUpdate = new UpdateStructs(fresh);
  const slots = new Map<Y.Item | Y.GC, number>();
  const onStack = new Set<Y.Item | Y.GC>();

  /** The placed slot and kind of the struct holding `id`, or a struct still to place, or null if unknown. */
  const lookup = (id: Y.ID): Located | Y.Item | Y.GC | null => {
    const pending = inUpdate.find(id.client, id.clock);
    if (pending) {
      const slot = slots.get(pending);
      return slot === undefined ? pending : { slot, kind: contentKind(pending) };
    }
    return index.locate(id.client, id.clock) ?? null;
  };

  for (const first of fresh) {
    if (slots.has(first)) continue;
    const stack: (Y.Item | Y.GC)[] = [first];
    onStack.add(first);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const slot = placeOne(top);
      if (slot === 'unknown') return { ok: false, reason: 'unknown_reference' };
      if (slot instanceof Y.Item || slot instanceof Y.GC) {
        if (onStack.has(slot)) return { ok: false, reason: 'unknown_reference' };
        onStack.add(slot);
        stack.push(slot);
        continue;
      }
      slots.set(top, slot);
      onStack.delete(top);
      stack.pop();
    }
  }

  function placeOne(struct: Y.Item | Y.GC): number | 'unknown' | Y.Item | Y.GC {
    if (struct instanceof Y.GC) return NO_SLOT;
    const { parent, parentSub, origin, rightOrigin } = struct;
    if (typeof parent === 'string') return childSlot(index, roots, parent, parentSub);
    if (parent instanceof Y.ID) {
      const found = lookup(parent);
      if (found === null) return 'unknown';
      if (found instanceof Y.Item || found instanceof Y.GC) return found;
      if (found.kind === ItemKind.gc || found.kind === ItemKind.value) return 'unknown';
      return childSlot(index, roots, found.slot, parentSub);
    }
    const neighbour = origin ?? rightOrigin;
    if (!neighbour) return 'unknown';
    const found = lookup(neighbour);
    if (found === null) return 'unknown';
    if (found instanceof Y.Item || found instanceof Y.GC) return found;
    return found.kind === ItemKind.gc ? 'unknown' : found.slot;
  }

  return {
    ok: true,
    placed: fresh.map((struct) => ({ struct, slot: slots.get(struct)!, kind: contentKind(struct) })),
  };
}

type Located = { slot: number; kind: number };

/** Records placed structs in the index (after the update was accepted). */
export function indexPlaced(index: ItemIndex, placed: readonly Placed[]): void {
  for (const { struct, slot, kind } of placed)
    index.add(struct.id.client, struct.id.clock, struct.length, slot, kind);
}
