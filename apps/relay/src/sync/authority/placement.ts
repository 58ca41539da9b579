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

/**
 * New structs of one update, numbered in client and clock order, for finding a neighbour that arrives in
 * the same update: `find` answers the number of the struct holding an id, or -1.
 */
class UpdateStructs {
  readonly structs: (Y.Item | Y.GC)[] = [];
  private readonly runs = new Map<number, { from: number; to: number }>();

  constructor(fresh: readonly (Y.Item | Y.GC)[]) {
    const byClient = new Map<number, (Y.Item | Y.GC)[]>();
    for (const struct of fresh) {
      let list = byClient.get(struct.id.client);
      if (!list) {
        list = [];
        byClient.set(struct.id.client, list);
      }
      list.push(struct);
    }
    for (const [client, list] of byClient) {
      let sorted = true;
      for (let at = 1; at < list.length && sorted; at++) sorted = list[at - 1]!.id.clock < list[at]!.id.clock;
      if (!sorted) list.sort((a, b) => a.id.clock - b.id.clock);
      const from = this.structs.length;
      for (const struct of list) this.structs.push(struct);
      this.runs.set(client, { from, to: this.structs.length });
    }
  }

  find(client: number, clock: number): number {
    const run = this.runs.get(client);
    if (!run) return -1;
    let low = run.from;
    let high = run.to - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const struct = this.structs[mid]!;
      if (clock < struct.id.clock) high = mid - 1;
      else if (clock >= struct.id.clock + struct.length) low = mid + 1;
      else return mid;
    }
    return -1;
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

const UNPLACED = -2;

/** Places every new struct (those the index does not hold), or says one builds on something unknown. */
export function placeStructs(index: ItemIndex, roots: RootShapes, structs: readonly Struct[]): Placement {
  const fresh: (Y.Item | Y.GC)[] = [];
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (!index.holds(struct.id.client, struct.id.clock)) fresh.push(struct);
  }
  const update = new UpdateStructs(fresh);
  const count = update.structs.length;
  const slots = new Int32Array(count).fill(UNPLACED);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];

  /** The slot and kind of the struct holding `id`: a number to place first (≥ 0), or null if unknown. */
  const lookup = (id: Y.ID): { slot: number; kind: number } | number | null => {
    const at = update.find(id.client, id.clock);
    if (at >= 0)
      return slots[at] === UNPLACED ? at : { slot: slots[at]!, kind: contentKind(update.structs[at]!) };
    return index.locate(id.client, id.clock) ?? null;
  };

  /** The struct's slot, the number of a struct to place first, or 'unknown'. */
  const placeOne = (struct: Y.Item | Y.GC): { slot: number } | number | 'unknown' => {
    if (struct instanceof Y.GC) return { slot: NO_SLOT };
    const { parent, parentSub, origin, rightOrigin } = struct;
    if (typeof parent === 'string') return { slot: childSlot(index, roots, parent, parentSub) };
    if (parent instanceof Y.ID) {
      const found = lookup(parent);
      if (found === null) return 'unknown';
      if (typeof found === 'number') return found;
      if (found.kind === ItemKind.gc || found.kind === ItemKind.value) return 'unknown';
      return { slot: childSlot(index, roots, found.slot, parentSub) };
    }
    const neighbour = origin ?? rightOrigin;
    if (!neighbour) return 'unknown';
    const found = lookup(neighbour);
    if (found === null) return 'unknown';
    if (typeof found === 'number') return found;
    return found.kind === ItemKind.gc ? 'unknown' : { slot: found.slot };
  };

  for (let first = 0; first < count; first++) {
    if (slots[first] !== UNPLACED) continue;
    stack.push(first);
    onStack[first] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const placed = placeOne(update.structs[top]!);
      if (placed === 'unknown') return { ok: false, reason: 'unknown_reference' };
      if (typeof placed === 'number') {
        if (onStack[placed]) return { ok: false, reason: 'unknown_reference' };
        onStack[placed] = 1;
        stack.push(placed);
        continue;
      }
      slots[top] = placed.slot;
      onStack[top] = 0;
      stack.pop();
    }
  }

  return {
    ok: true,
    placed: update.structs.map((struct, at) => ({ struct, slot: slots[at]!, kind: contentKind(struct) })),
  };
}

/** Records placed structs in the index (after the update was accepted). */
export function indexPlaced(index: ItemIndex, placed: readonly Placed[]): void {
  for (const { struct, slot, kind } of placed)
    index.add(struct.id.client, struct.id.clock, struct.length, slot, kind);
}
