import * as Y from 'yjs';
import { entryOf, fieldCodeOf, ItemIndex, ItemKind, isNested, NO_SLOT } from './item-index';
import { indexPlaced, type Placed, placeStructs } from './placement';
import type { DocumentRules } from './update-judge';

/**
 * The index of a document the room holds as one update (its merged state): every item placed, each
 * entry's live item and owner, and what is deleted. Built once, when the room first judges a write; a
 * room nobody writes to never pays for it.
 */
export function buildIndex(state: Uint8Array, rules: DocumentRules): ItemIndex {
  const index = new ItemIndex();
  const { structs, ds } = Y.decodeUpdate(state);
  const placement = placeStructs(index, rules.shapes, structs);
  // A stored document is what the relay accepted before: items it cannot place (a dependency that never
  // arrived) stay out of the index, and writes building on them are refused.
  const placed = placement.ok ? placement.placed : placeEach(index, rules, structs);
  indexPlaced(index, placed);
  recordEntries(index, rules, placed, (id) => Y.isDeleted(ds, id));
  index.trim();
  return index;
}

/** Each placed entry item becomes its entry's live item (unless deleted), and owner fields name owners. */
function recordEntries(
  index: ItemIndex,
  rules: DocumentRules,
  placed: readonly Placed[],
  isDeleted: (id: Y.ID) => boolean,
): void {
  for (const { struct, slot, kind } of placed) {
    if (!(struct instanceof Y.Item) || slot === NO_SLOT || isNested(slot)) continue;
    const entry = entryOf(slot);
    const deleted = kind === ItemKind.deleted || isDeleted(struct.id);
    if (fieldCodeOf(slot) === 0) {
      if (!deleted || !index.entryAlive(entry)) {
        index.setEntryItem(entry, struct.id.client, struct.id.clock, !deleted);
      }
      continue;
    }
    const ownerField = rules.byRoot.get(index.entryRoot(entry))?.owner;
    if (
      !deleted &&
      ownerField &&
      index.fieldName(slot) === ownerField &&
      struct.content instanceof Y.ContentAny
    ) {
      const owner = struct.content.arr[0];
      if (typeof owner === 'string') index.setEntryOwner(entry, owner);
    }
  }
}

/** Places the structs one client run at a time, keeping those that can be placed. */
function placeEach(
  index: ItemIndex,
  rules: DocumentRules,
  structs: ReturnType<typeof Y.decodeUpdate>['structs'],
) {
  const out = [];
  let progress = true;
  let rest = structs.filter((s) => !(s instanceof Y.Skip));
  while (progress && rest.length > 0) {
    progress = false;
    const next = [];
    for (const struct of rest) {
      const one = placeStructs(index, rules.shapes, [struct]);
      if (one.ok) {
        indexPlaced(index, one.placed);
        out.push(...one.placed);
        progress = true;
      } else next.push(struct);
    }
    rest = next;
  }
  return out;
}

/**
 * Records an update the relay did not judge (another relay's, through the bus; a reload from the store):
 * it was judged where it arrived.
 */
export function recordUpdate(
  index: ItemIndex,
  rules: DocumentRules,
  structs: ReturnType<typeof Y.decodeUpdate>['structs'],
  deletions: ReadonlyMap<number, readonly (readonly [number, number])[]>,
): void {
  const placement = placeStructs(index, rules.shapes, structs);
  const placed = placement.ok ? placement.placed : placeEach(index, rules, structs);
  indexPlaced(index, placed);
  recordEntries(index, rules, placed, () => false);
  for (const [client, ranges] of deletions) {
    for (const [start, end] of ranges) index.markDeleted(client, start, end);
  }
}
