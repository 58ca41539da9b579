import * as Y from 'yjs';
import type { EntityKind } from './types';

/**
 * The shared type names inside a `content` document, which are also the keys of a `BoardSnapshot` and of
 * an export (the one table of them: the domain's declarations, the snapshot and the JSON all use it).
 */
export const COLLECTION_NAMES = {
  journey: 'journeys',
  stage: 'stages',
  step: 'steps',
  channel: 'channels',
  lane: 'lanes',
  note: 'notes',
  rating: 'ratings',
  persona: 'personas',
  opportunity: 'opportunities',
  vote: 'votes',
  attachment: 'attachments',
} as const satisfies { readonly [K in EntityKind]: string };

/** A collection's name, as a snapshot key. */
export type CollectionName = (typeof COLLECTION_NAMES)[EntityKind];

export const ENTITY_KINDS = Object.keys(COLLECTION_NAMES) as EntityKind[];

export const META_NAME = 'meta';

export function collection(doc: Y.Doc, kind: EntityKind): Y.Map<unknown> {
  return doc.getMap(COLLECTION_NAMES[kind]);
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META_NAME);
}

/** The entity's field map, or undefined when missing or not a map (a peer may write anything). */
export function entityMap(doc: Y.Doc, kind: EntityKind, id: string): Y.Map<unknown> | undefined {
  const value = collection(doc, kind).get(id);
  return value instanceof Y.Map ? value : undefined;
}

export function mapFromFields(fields: Readonly<Record<string, unknown>>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'id' && value !== undefined) map.set(key, toStored(value));
  }
  return map;
}

/** Arrays are stored as plain JSON values: whole-field last-writer-wins, like every other field. */
export function toStored(value: unknown): unknown {
  return Array.isArray(value) ? [...value] : value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  return false;
}

/** How deep a shared type in a field is read; no declared field nests at all (see `toPlain`). */
const MAX_SHARED_DEPTH = 8;

function sharedToPlain(value: Y.AbstractType<unknown>, depth: number): unknown {
  if (depth > MAX_SHARED_DEPTH) return undefined;
  const inner = (item: unknown) => (item instanceof Y.AbstractType ? sharedToPlain(item, depth + 1) : item);
  if (value instanceof Y.Array) return value.toArray().map(inner);
  if (value instanceof Y.Map) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of value.entries()) out[key] = inner(item);
    return out;
  }
  if (value instanceof Y.Text) return value.toString();
  return undefined;
}

/**
 * A field's value as plain data. No declared field holds a shared type, but an older or hostile peer may
 * have written one, nested thousands deep: it is read to a bounded depth (beyond it, as missing), never
 * walked whole (`toJSON` of a deep chain of maps overflows the stack).
 */
export function toPlain(value: unknown): unknown {
  if (value instanceof Y.AbstractType) return sharedToPlain(value, 0);
  return value;
}

export function readFields(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of map.entries()) out[key] = toPlain(value);
  return out;
}
