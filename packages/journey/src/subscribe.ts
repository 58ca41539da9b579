import type * as Y from 'yjs';
import { collection, metaMap } from './doc';
import { readCollection, readEntity, readMeta } from './read';
import type { EntityByKind, EntityKind, Meta } from './types';

// One deep observer per (document, collection), shared by all subscribers, so a change costs one pass
// over the transaction's events plus a map lookup per subscribed id, however many components listen.

type EntityListener = (entity: unknown, transaction: Y.Transaction) => void;
type CollectionListener = (
  items: readonly unknown[],
  changedIds: ReadonlySet<string>,
  tr: Y.Transaction,
) => void;

interface KindRegistry {
  readonly entity: Map<string, Set<EntityListener>>;
  readonly collection: Set<CollectionListener>;
  observer: ((events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => void) | null;
}

const registries = new WeakMap<Y.Doc, Map<EntityKind, KindRegistry>>();

/** Ids of the collection's entries touched by a batch of deep events. */
export function changedIdsOf(
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
  root: Y.Map<unknown>,
): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === root) for (const key of event.changes.keys.keys()) ids.add(key);
    else {
      const first = event.path[0];
      if (typeof first === 'string') ids.add(first);
    }
  }
  return ids;
}

function registryFor(doc: Y.Doc, kind: EntityKind): KindRegistry {
  let byKind = registries.get(doc);
  if (!byKind) {
    byKind = new Map();
    registries.set(doc, byKind);
  }
  let registry = byKind.get(kind);
  if (!registry) {
    registry = { entity: new Map(), collection: new Set(), observer: null };
    byKind.set(kind, registry);
  }
  return registry;
}

function ensureObserved(doc: Y.Doc, kind: EntityKind, registry: KindRegistry) {
  if (registry.observer) return;
  const root = collection(doc, kind);
  registry.observer = (events, tr) => {
    const ids = changedIdsOf(events, root);
    if (ids.size === 0) return;
    for (const id of ids) {
      const listeners = registry.entity.get(id);
      if (!listeners?.size) continue;
      const entity = readEntity(doc, kind, id);
      for (const listener of [...listeners]) listener(entity, tr);
    }
    if (registry.collection.size > 0) {
      const items = readCollection(doc, kind);
      for (const listener of [...registry.collection]) listener(items, ids, tr);
    }
  };
  root.observeDeep(registry.observer);
}

function releaseIfIdle(doc: Y.Doc, kind: EntityKind, registry: KindRegistry) {
  if (registry.entity.size > 0 || registry.collection.size > 0 || !registry.observer) return;
  collection(doc, kind).unobserveDeep(registry.observer);
  registry.observer = null;
}

/**
 * Calls `listener` with the entity's new snapshot (null when deleted or invalid) whenever a transaction
 * touches it, locally or from a peer. Returns the unsubscribe function.
 */
export function observeEntity<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  id: string,
  listener: (entity: EntityByKind[K] | null, transaction: Y.Transaction) => void,
): () => void {
  const registry = registryFor(doc, kind);
  let set = registry.entity.get(id);
  if (!set) {
    set = new Set();
    registry.entity.set(id, set);
  }
  const wrapped = listener as EntityListener;
  set.add(wrapped);
  ensureObserved(doc, kind, registry);
  return () => {
    set.delete(wrapped);
    if (set.size === 0 && registry.entity.get(id) === set) registry.entity.delete(id);
    releaseIfIdle(doc, kind, registry);
  };
}

/** Calls `listener` with the collection's valid, sorted entries and the ids that changed. */
export function observeCollection<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  listener: (
    items: readonly EntityByKind[K][],
    changedIds: ReadonlySet<string>,
    transaction: Y.Transaction,
  ) => void,
): () => void {
  const registry = registryFor(doc, kind);
  const wrapped = listener as CollectionListener;
  registry.collection.add(wrapped);
  ensureObserved(doc, kind, registry);
  return () => {
    registry.collection.delete(wrapped);
    releaseIfIdle(doc, kind, registry);
  };
}

export function observeMeta(
  doc: Y.Doc,
  listener: (meta: Meta, transaction: Y.Transaction) => void,
): () => void {
  const map = metaMap(doc);
  const observer = (_events: unknown, tr: Y.Transaction) => listener(readMeta(doc), tr);
  map.observeDeep(observer);
  return () => map.unobserveDeep(observer);
}
