import * as Y from 'yjs';
import { collection, entityMap, mapFromFields, readFields, sameValue, toStored } from './doc';
import { JourneyError, refusedValue } from './errors';
import type { Ordered } from './order';
import { keysForInsert } from './order-keys';
import { ENTITY_SCHEMAS, firstIssue } from './schema';
import type { EntityByKind, EntityKind, Origin } from './types';
import { assertWritable } from './version';

// Generic building blocks for every entity's add/update/move/delete. Each public operation wraps its
// whole effect in one `doc.transact(fn, origin)`; these helpers assume they run inside it.

export function transact<T>(doc: Y.Doc, origin: Origin, fn: () => T): T {
  assertWritable(doc);
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, origin);
  return result;
}

export function validate<K extends EntityKind>(kind: K, candidate: Record<string, unknown>): EntityByKind[K] {
  const result = ENTITY_SCHEMAS[kind].safeParse(candidate);
  if (!result.success) {
    const issue = firstIssue(result.error);
    throw refusedValue(issue, issue.path ? `${kind}.${issue.path}` : kind);
  }
  return result.data as EntityByKind[K];
}

/** The entities of a kind matching `inScope`, as (id, order) pairs, for positioning. */
export function siblings(
  doc: Y.Doc,
  kind: EntityKind,
  inScope: (fields: Y.Map<unknown>) => boolean,
  excludeId?: string,
): Ordered[] {
  const out: Ordered[] = [];
  for (const [id, value] of collection(doc, kind).entries()) {
    if (id === excludeId || !(value instanceof Y.Map) || !inScope(value)) continue;
    const order = value.get('order');
    out.push({ id, order: typeof order === 'string' ? order : '' });
  }
  return out;
}

function applyRekeys(doc: Y.Doc, kind: EntityKind, rekeys: ReadonlyMap<string, string>) {
  for (const [id, order] of rekeys) entityMap(doc, kind, id)?.set('order', order);
}

export function requireEntity(doc: Y.Doc, kind: EntityKind, id: string): Y.Map<unknown> {
  const map = entityMap(doc, kind, id);
  if (!map) throw new JourneyError(`no ${kind} ${id}`, '', 'missing');
  return map;
}

/** Validates and inserts a new entity at `index` among its siblings (default: last). */
export function insertEntity<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  fields: Record<string, unknown> & { id: string },
  position?: { siblings: Ordered[]; index: number | undefined },
): EntityByKind[K] {
  if (collection(doc, kind).has(fields.id))
    throw new JourneyError(`${kind} ${fields.id} already exists`, '', 'exists');
  // Validate before writing anything: Yjs keeps a transaction's earlier writes even if it then throws.
  let candidate: Record<string, unknown> = fields;
  let rekeys: ReadonlyMap<string, string> = new Map();
  if (position) {
    const keys = keysForInsert(position.siblings, position.index ?? position.siblings.length);
    rekeys = keys.rekeys;
    candidate = { ...fields, order: keys.key };
  }
  const entity = validate(kind, candidate);
  applyRekeys(doc, kind, rekeys);
  collection(doc, kind).set(fields.id, mapFromFields(entity as unknown as Record<string, unknown>));
  return entity;
}

/** Validates the merged result, then writes only the fields that changed (so concurrent edits merge). */
export function patchEntity<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  id: string,
  patch: Readonly<Record<string, unknown>>,
): EntityByKind[K] {
  const map = requireEntity(doc, kind, id);
  const current = readFields(map);
  const merged: Record<string, unknown> = { ...current, id };
  for (const [key, value] of Object.entries(patch))
    if (value !== undefined && key !== 'id') merged[key] = value;
  const entity = validate(kind, merged) as unknown as Record<string, unknown>;
  for (const key of Object.keys(patch)) {
    if (key === 'id' || patch[key] === undefined) continue;
    if (!sameValue(map.get(key), entity[key])) map.set(key, toStored(entity[key]));
  }
  return entity as unknown as EntityByKind[K];
}

/** Gives an existing entity a new order key placing it at `index` among `siblingList` (without it). */
export function reposition(doc: Y.Doc, kind: EntityKind, id: string, siblingList: Ordered[], index: number) {
  const map = requireEntity(doc, kind, id);
  const { key, rekeys } = keysForInsert(siblingList, index);
  applyRekeys(doc, kind, rekeys);
  map.set('order', key);
}

export function removeEntity(doc: Y.Doc, kind: EntityKind, id: string): boolean {
  const entities = collection(doc, kind);
  if (!entities.has(id)) return false;
  entities.delete(id);
  return true;
}

export function fieldIs(key: string, value: unknown): (fields: Y.Map<unknown>) => boolean {
  return (fields) => fields.get(key) === value;
}

export const everything = (): boolean => true;
