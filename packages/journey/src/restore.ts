import * as Y from 'yjs';
import { CLIENT_READ_ONLY_KINDS } from './ballot-box';
import {
  COLLECTION_NAMES,
  collection,
  ENTITY_KINDS,
  mapFromFields,
  metaMap,
  readFields,
  sameValue,
  toPlain,
  toStored,
} from './doc';
import { readBoard } from './read';
import type { BoardSnapshot, EntityKind, Origin } from './types';
import { assertWritable } from './version';

export const RESTORE_ORIGIN = 'journeyboard:restore';

export interface RestoreStats {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

/** Reads the board a stored Yjs update (e.g. a checkpoint's `content` document) describes. */
export function boardFromUpdate(update: Uint8Array): BoardSnapshot {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    return readBoard(doc);
  } finally {
    doc.destroy();
  }
}

/** A board as plain fields, exactly as stored (unknown keys included), keyed by kind then id. */
interface RawBoard {
  readonly meta: Readonly<Record<string, unknown>>;
  /** False for a snapshot: meta keys it does not know about (newer features) are left alone. */
  readonly metaComplete: boolean;
  readonly entities: { readonly [K in EntityKind]: ReadonlyMap<string, Readonly<Record<string, unknown>>> };
}

function rawFromDoc(source: Y.Doc): RawBoard {
  const entities = {} as Record<EntityKind, Map<string, Record<string, unknown>>>;
  for (const kind of ENTITY_KINDS) {
    const map = new Map<string, Record<string, unknown>>();
    for (const [id, value] of collection(source, kind).entries()) {
      if (value instanceof Y.Map) map.set(id, readFields(value));
    }
    entities[kind] = map;
  }
  return { meta: readFields(metaMap(source)), metaComplete: true, entities };
}

function rawFromSnapshot(board: BoardSnapshot): RawBoard {
  const entities = {} as Record<EntityKind, Map<string, Record<string, unknown>>>;
  for (const kind of ENTITY_KINDS) {
    entities[kind] = new Map(
      board[COLLECTION_NAMES[kind]].map((entity) => [
        entity.id,
        entity as unknown as Record<string, unknown>,
      ]),
    );
  }
  return { meta: board.meta as unknown as Record<string, unknown>, metaComplete: false, entities };
}

function syncFields(
  map: Y.Map<unknown>,
  fields: Readonly<Record<string, unknown>>,
  complete = true,
): boolean {
  let changed = false;
  if (complete) {
    for (const key of [...map.keys()]) {
      if (key !== 'id' && !(key in fields)) {
        map.delete(key);
        changed = true;
      }
    }
  }
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'id' || value === undefined) continue;
    // A null field and an absent key read the same (e.g. no persona chosen): writing null would be a no-op edit.
    if (value === null && !map.has(key)) continue;
    const current = map.get(key);
    const plain = toPlain(current);
    if (!sameValue(plain, value) || current instanceof Y.AbstractType) {
      map.set(key, toStored(value));
      changed = true;
    }
  }
  return changed;
}

/**
 * Makes the document's board equal to `target` (another document, e.g. a checkpoint's, copied field for
 * field; or a snapshot) in ONE transaction with `origin`, writing only what differs: entities that still
 * exist keep their Yjs identity, so a peer's concurrent edit to an untouched field survives and the
 * change is as small as the difference. Because it is an ordinary transaction, a Y.UndoManager tracking
 * `origin` undoes the whole restore in one step, and the history before it stays.
 */
export function restoreBoard(
  doc: Y.Doc,
  target: BoardSnapshot | Y.Doc,
  origin: Origin = RESTORE_ORIGIN,
): RestoreStats {
  assertWritable(doc);
  const raw = target instanceof Y.Doc ? rawFromDoc(target) : rawFromSnapshot(target);
  let added = 0;
  let removed = 0;
  let changed = 0;
  doc.transact(() => {
    if (syncFields(metaMap(doc), raw.meta, raw.metaComplete)) changed++;
    for (const kind of ENTITY_KINDS) {
      // Ratings and votes are ballots the relay holds: a restore leaves whatever the document has.
      if (CLIENT_READ_ONLY_KINDS.has(kind)) continue;
      const entries = collection(doc, kind);
      const wanted = raw.entities[kind];
      for (const id of [...entries.keys()]) {
        if (!wanted.has(id)) {
          entries.delete(id);
          removed++;
        }
      }
      for (const [id, fields] of wanted) {
        const existing = entries.get(id);
        if (existing instanceof Y.Map) {
          if (syncFields(existing, fields)) changed++;
        } else {
          entries.set(id, mapFromFields(fields));
          added++;
        }
      }
    }
  }, origin);
  return { added, removed, changed };
}

/** A document holding a stored Yjs update (e.g. a checkpoint's `content`); destroy it when done. */
export function docFromUpdate(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

/** The plain fields of every entity, keyed by kind then id: equal for two boards that look the same. */
export function boardFingerprint(board: BoardSnapshot): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  const parts: Record<string, unknown> = { meta: board.meta };
  for (const kind of ENTITY_KINDS) {
    parts[kind] = [...board[COLLECTION_NAMES[kind]]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return JSON.stringify(sorted(parts));
}
