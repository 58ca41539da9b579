import { ClientItems } from './client-items';
import { Entries } from './entries';

/**
 * Where every item of a room's document sits, without building the document: for each item (by client
 * and clock) its slot, the entry and field it belongs to. The relay needs this to judge an update: a Yjs
 * item names its parent only when it has no neighbour, otherwise it is wherever its neighbour is, so an
 * edit of a step's title is an item whose left neighbour is the previous title's item, and only the
 * index can tell that this is `steps › step-1 › title`.
 *
 * A slot is `entry * 512 + nested * 256 + field`: `entry` numbers a (root, key) pair, `field` a field
 * name (0: the entry's own item, 255: past the table), `nested` marks items inside a field's value
 * (which no declared schema has, but old or foreign documents may hold).
 */

export const NO_SLOT = -1;
export const ItemKind = { value: 0, map: 1, otherType: 2, deleted: 3, gc: 4 } as const;

const ENTRY_FACTOR = 512;
const NESTED = 256;
const FIELD_MASK = 255;
const MAX_FIELD_CODE = 254;
const OVERFLOW_FIELD = 255;

export interface Located {
  readonly slot: number;
  readonly kind: number;
}

export class ItemIndex {
  private readonly clients = new Map<number, ClientItems>();
  private readonly entries = new Entries();
  private readonly fieldNames: string[] = [''];
  private readonly fieldCodes = new Map<string, number>();

  /** The item holding this id, or undefined when the room does not hold it. */
  locate(client: number, clock: number): Located | undefined {
    const items = this.clients.get(client);
    if (!items) return undefined;
    const at = items.find(clock);
    return at < 0 ? undefined : { slot: items.slot(at), kind: items.kind(at) };
  }

  holds(client: number, clock: number): boolean {
    return (this.clients.get(client)?.find(clock) ?? -1) >= 0;
  }

  add(client: number, clock: number, length: number, slot: number, kind: number): void {
    let items = this.clients.get(client);
    if (!items) {
      items = new ClientItems();
      this.clients.set(client, items);
    }
    items.add(clock, length, slot, kind);
  }

  /** The items held of one client (for walking a range without a callback per item). */
  itemsOf(client: number): ClientItems | undefined {
    return this.clients.get(client);
  }

  /** Marks the held items in [start, end) deleted; entries whose own item is among them are gone. */
  markDeleted(client: number, start: number, end: number): void {
    const items = this.clients.get(client);
    if (!items) return;
    for (let at = items.firstEndingAfter(start); at < items.count && items.start(at) < end; at++) {
      const kind = items.kind(at);
      if (kind === ItemKind.gc) continue;
      const slot = items.slot(at);
      if (slot !== NO_SLOT && fieldCodeOf(slot) === 0 && !isNested(slot)) {
        const entry = entryOf(slot);
        if (entry < this.entries.count && this.entries.isItem(entry, client, items.start(at))) {
          this.entries.markGone(entry);
        }
      }
    }
  }

  /** The number of the entry (root, key), created on first use. */
  entryId(root: string, key: string): number {
    return this.entries.idOf(root, key);
  }

  findEntry(root: string, key: string): number | undefined {
    return this.entries.find(root, key);
  }

  entryRoot(id: number): string {
    return this.entries.root(id);
  }

  entryKey(id: number): string {
    return this.entries.key(id);
  }

  /** The author named by the entry's owner field, once seen. */
  entryOwner(id: number): string | null {
    return this.entries.owner(id);
  }

  setEntryOwner(id: number, owner: string | null): void {
    this.entries.setOwner(id, owner);
  }

  /** Whether the entry's own item (collections and dictionaries) is alive. */
  entryAlive(id: number): boolean {
    return this.entries.isAlive(id);
  }

  /** The entry's own item is now this one (the latest the relay accepted). */
  setEntryItem(id: number, client: number, clock: number, alive: boolean): void {
    this.entries.setItem(id, client, clock, alive);
  }

  fieldCode(name: string): number {
    let code = this.fieldCodes.get(name);
    if (code === undefined) {
      if (this.fieldNames.length > MAX_FIELD_CODE) return OVERFLOW_FIELD;
      code = this.fieldNames.length;
      this.fieldNames.push(name);
      this.fieldCodes.set(name, code);
    }
    return code;
  }

  /** The field's name, or null for the entry's own slot or a field past the table. */
  fieldName(slot: number): string | null {
    const code = fieldCodeOf(slot);
    return code === 0 || code === OVERFLOW_FIELD ? null : this.fieldNames[code]!;
  }

  /** Gives back the spare room of every client's items (once the stored room is indexed). */
  trim(): void {
    for (const items of this.clients.values()) items.trim();
    this.entries.trim();
  }

  get itemCount(): number {
    let count = 0;
    for (const items of this.clients.values()) count += items.count;
    return count;
  }

  get entryCount(): number {
    return this.entries.count;
  }

  /** An estimate of the memory the index holds, in bytes (typed arrays, keys, ~200 bytes per client's arrays). */
  get byteLength(): number {
    let bytes = this.entries.byteLength;
    for (const items of this.clients.values()) bytes += items.byteLength + 200;
    return bytes;
  }
}

export function entrySlot(entry: number): number {
  return entry * ENTRY_FACTOR;
}
export function fieldSlot(entry: number, fieldCode: number): number {
  return entry * ENTRY_FACTOR + fieldCode;
}
export function nestedSlot(slot: number): number {
  return slot | NESTED;
}
export function entryOf(slot: number): number {
  return Math.floor(slot / ENTRY_FACTOR);
}
export function fieldCodeOf(slot: number): number {
  return slot & FIELD_MASK;
}
export function isNested(slot: number): boolean {
  return (slot & NESTED) !== 0;
}
