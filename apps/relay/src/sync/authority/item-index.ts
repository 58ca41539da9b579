import { ClientItems } from './client-items';

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
export type ItemKindValue = (typeof ItemKind)[keyof typeof ItemKind];

const ENTRY_FACTOR = 512;
const NESTED = 256;
const FIELD_MASK = 255;
const MAX_FIELD_CODE = 254;
const OVERFLOW_FIELD = 255;

export interface EntryRecord {
  readonly root: string;
  readonly key: string;
  /** The author named by the entry's owner field, once seen. */
  owner: string | null;
  /** The entry's own item (collections and dictionaries), the latest the relay accepted. */
  itemClient: number;
  itemClock: number;
  alive: boolean;
}

export interface Located {
  readonly slot: number;
  readonly kind: number;
}

export class ItemIndex {
  private readonly clients = new Map<number, ClientItems>();
  private readonly entries: EntryRecord[] = [];
  private readonly entryIds = new Map<string, Map<string, number>>();
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

  /** Calls `visit` for each held item overlapping [start, end) of a client, and `gap` for clocks not held. */
  forEachIn(
    client: number,
    start: number,
    end: number,
    visit: (slot: number, kind: number) => void,
    gap: (start: number, end: number) => void,
  ): void {
    const items = this.clients.get(client);
    let clock = start;
    if (items) {
      for (let at = items.firstEndingAfter(start); at < items.count && items.start(at) < end; at++) {
        const itemStart = items.start(at);
        if (itemStart > clock) gap(clock, itemStart);
        visit(items.slot(at), items.kind(at));
        clock = itemStart + items.length(at);
      }
    }
    if (clock < end) gap(clock, end);
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
        const entry = this.entries[entryOf(slot)];
        if (entry && entry.itemClient === client && entry.itemClock === items.start(at)) entry.alive = false;
      }
    }
  }

  /** The number of the entry (root, key), created on first use. */
  entryId(root: string, key: string): number {
    let byKey = this.entryIds.get(root);
    if (!byKey) {
      byKey = new Map();
      this.entryIds.set(root, byKey);
    }
    let id = byKey.get(key);
    if (id === undefined) {
      id = this.entries.length;
      this.entries.push({ root, key, owner: null, itemClient: -1, itemClock: -1, alive: false });
      byKey.set(key, id);
    }
    return id;
  }

  entry(id: number): EntryRecord {
    return this.entries[id]!;
  }

  findEntry(root: string, key: string): EntryRecord | undefined {
    const id = this.entryIds.get(root)?.get(key);
    return id === undefined ? undefined : this.entries[id];
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
  }

  get itemCount(): number {
    let count = 0;
    for (const items of this.clients.values()) count += items.count;
    return count;
  }

  /** An estimate of the memory the index holds, in bytes. */
  get byteLength(): number {
    let bytes = 0;
    for (const items of this.clients.values()) bytes += items.byteLength + 64;
    for (const entry of this.entries) bytes += 96 + 2 * (entry.key.length + (entry.owner?.length ?? 0));
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
