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

/** One update's placement: the walk over its new structs (methods, not closures made per update). */
class Placer {
  readonly slots: Int32Array;
  private readonly onStack: Uint8Array;

  constructor(
    private readonly index: ItemIndex,
    private readonly roots: RootShapes,
    readonly update: UpdateStructs,
  ) {
    this.slots = new Int32Array(update.structs.length).fill(UNPLACED);
    this.onStack = new Uint8Array(update.structs.length);
  }

  /** Places every struct; false when one builds on something unknown. */
  run(): boolean {
    const { slots, onStack, update } = this;
    const stack: number[] = [];
    for (let first = 0; first < slots.length; first++) {
      if (slots[first] !== UNPLACED) continue;
      stack.push(first);
      onStack[first] = 1;
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const placed = this.placeOne(update.structs[top]!);
        if (placed === UNKNOWN) return false;
        if (placed <= -10) {
          // Another new struct of this update must be placed first.
          const first = -placed - 10;
          if (onStack[first]) return false;
          onStack[first] = 1;
          stack.push(first);
          continue;
        }
        slots[top] = placed;
        onStack[top] = 0;
        stack.pop();
      }
    }
    return true;
  }

  /** The struct's slot (≥ -1), UNKNOWN, or -(n + 10) for "place new struct n first". */
  private placeOne(struct: Y.Item | Y.GC): number {
    if (struct instanceof Y.GC) return NO_SLOT;
    const { parent, parentSub, origin, rightOrigin } = struct;
    if (typeof parent === 'string') return childSlot(this.index, this.roots, parent, parentSub);
    if (parent instanceof Y.ID) {
      const found = this.lookup(parent);
      if (found === UNKNOWN || found <= -10) return found;
      if (this.foundKind === ItemKind.gc || this.foundKind === ItemKind.value) return UNKNOWN;
      return childSlot(this.index, this.roots, found, parentSub);
    }
    const neighbour = origin ?? rightOrigin;
    if (!neighbour) return UNKNOWN;
    const found = this.lookup(neighbour);
    if (found === UNKNOWN || found <= -10) return found;
    return this.foundKind === ItemKind.gc ? UNKNOWN : found;
  }

  private foundKind = 0;

  /** The slot of the struct holding `id` (its kind in `foundKind`), UNKNOWN, or -(n + 10) to place first. */
  private lookup(id: Y.ID): number {
    const at = this.update.find(id.client, id.clock);
    if (at >= 0) {
      if (this.slots[at] === UNPLACED) return -at - 10;
      this.foundKind = contentKind(this.update.structs[at]!);
      return this.slots[at]!;
    }
    const located = this.index.locate(id.client, id.clock);
    if (!located) return UNKNOWN;
    this.foundKind = located.kind;
    return located.slot;
  }
}

const UNKNOWN = -3;

/** Places every new struct (those the index does not hold), or says one builds on something unknown. */
export function placeStructs(index: ItemIndex, roots: RootShapes, structs: readonly Struct[]): Placement {
  const fresh: (Y.Item | Y.GC)[] = [];
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (!index.holds(struct.id.client, struct.id.clock)) fresh.push(struct);
  }
  const placer = new Placer(index, roots, new UpdateStructs(fresh));
  if (!placer.run()) return { ok: false, reason: 'unknown_reference' };
  const { structs: placedStructs } = placer.update;
  const placed: Placed[] = new Array(placedStructs.length);
  for (let at = 0; at < placedStructs.length; at++) {
    const struct = placedStructs[at]!;
    placed[at] = { struct, slot: placer.slots[at]!, kind: contentKind(struct) };
  }
  return { ok: true, placed };
}

/** Records placed structs in the index (after the update was accepted). */
export function indexPlaced(index: ItemIndex, placed: readonly Placed[]): void {
  for (const { struct, slot, kind } of placed)
    index.add(struct.id.client, struct.id.clock, struct.length, slot, kind);
}
