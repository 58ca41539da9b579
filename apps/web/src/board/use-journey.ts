import {
  type EntityByKind,
  type EntityKind,
  type Meta,
  observeCollection,
  observeEntity,
  observeMeta,
  readCollection,
  readEntity,
  readMeta,
  readSessionPermissions,
  type SessionPermissions,
  sessionMap,
} from '@journeyboard/journey';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** One entity, re-rendering only when a transaction touches it (locally or from a peer). */
export function useEntity<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  id: string | null,
): EntityByKind[K] | null {
  const cache = useRef<{ doc: Y.Doc; id: string | null; value: EntityByKind[K] | null } | null>(null);
  const read = useCallback(() => {
    const cached = cache.current;
    if (cached && cached.doc === doc && cached.id === id) return cached.value;
    const value = id ? readEntity(doc, kind, id) : null;
    cache.current = { doc, id, value };
    return value;
  }, [doc, kind, id]);
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!id) return () => {};
      return observeEntity(doc, kind, id, (entity) => {
        cache.current = { doc, id, value: entity };
        notify();
      });
    },
    [doc, kind, id],
  );
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * A value derived from one collection, recomputed on every change of it but only re-rendering when
 * `same` says the derived value changed (e.g. the list of ids, not the fields).
 */
export function useCollectionDerived<K extends EntityKind, T>(
  doc: Y.Doc,
  kind: K,
  derive: (items: readonly EntityByKind[K][]) => T,
  same: (a: T, b: T) => boolean,
): T {
  const cache = useRef<{ doc: Y.Doc; value: T } | null>(null);
  const read = useCallback(() => {
    if (cache.current && cache.current.doc === doc) return cache.current.value;
    const value = derive(readCollection(doc, kind));
    cache.current = { doc, value };
    return value;
  }, [doc, kind, derive]);
  const subscribe = useCallback(
    (notify: () => void) =>
      observeCollection(doc, kind, (items) => {
        const value = derive(items);
        if (cache.current && cache.current.doc === doc && same(cache.current.value, value)) return;
        cache.current = { doc, value };
        notify();
      }),
    [doc, kind, derive, same],
  );
  return useSyncExternalStore(subscribe, read, read);
}

/** A whole collection (for small ones: channels, lanes, stages). */
export function useCollection<K extends EntityKind>(doc: Y.Doc, kind: K): readonly EntityByKind[K][] {
  return useCollectionDerived(doc, kind, identity, sameItems);
}

function identity<T>(value: T): T {
  return value;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

export function useMeta(doc: Y.Doc): Meta {
  const cache = useRef<{ doc: Y.Doc; value: Meta } | null>(null);
  const read = useCallback(() => {
    if (cache.current && cache.current.doc === doc) return cache.current.value;
    const value = readMeta(doc);
    cache.current = { doc, value };
    return value;
  }, [doc]);
  const subscribe = useCallback(
    (notify: () => void) =>
      observeMeta(doc, (meta) => {
        cache.current = { doc, value: meta };
        notify();
      }),
    [doc],
  );
  return useSyncExternalStore(subscribe, read, read);
}

/** Phase and lock from the session document, live. */
export function useSessionPermissions(sessionDoc: Y.Doc): SessionPermissions {
  const cache = useRef<{ doc: Y.Doc; value: SessionPermissions } | null>(null);
  const read = useCallback(() => {
    if (cache.current && cache.current.doc === sessionDoc) return cache.current.value;
    const value = readSessionPermissions(sessionDoc);
    cache.current = { doc: sessionDoc, value };
    return value;
  }, [sessionDoc]);
  const subscribe = useCallback(
    (notify: () => void) => {
      const map = sessionMap(sessionDoc);
      const observer = () => {
        const value = readSessionPermissions(sessionDoc);
        const current = cache.current?.value;
        if (current && current.locked === value.locked && current.phase === value.phase) return;
        cache.current = { doc: sessionDoc, value };
        notify();
      };
      map.observe(observer);
      return () => map.unobserve(observer);
    },
    [sessionDoc],
  );
  return useSyncExternalStore(subscribe, read, read);
}
