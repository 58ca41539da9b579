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
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useDocValue } from './use-doc-value';

/** One entity, re-rendering only when a transaction touches it (locally or from a peer). */
export function useEntity<K extends EntityKind>(
  doc: Y.Doc,
  kind: K,
  id: string | null,
): EntityByKind[K] | null {
  const read = useCallback(() => (id ? readEntity(doc, kind, id) : null), [doc, kind, id]);
  const observe = useCallback(
    (next: (value: EntityByKind[K] | null) => void) => (id ? observeEntity(doc, kind, id, next) : () => {}),
    [doc, kind, id],
  );
  return useDocValue(doc, read, observe);
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
  const read = useCallback(() => derive(readCollection(doc, kind)), [doc, kind, derive]);
  const observe = useCallback(
    (next: (value: T) => void) => observeCollection(doc, kind, (items) => next(derive(items))),
    [doc, kind, derive],
  );
  return useDocValue(doc, read, observe, same);
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
  const read = useCallback(() => readMeta(doc), [doc]);
  const observe = useCallback((next: (value: Meta) => void) => observeMeta(doc, next), [doc]);
  return useDocValue(doc, read, observe);
}

/** Phase and lock from the session document, live. */
export function useSessionPermissions(sessionDoc: Y.Doc): SessionPermissions {
  const read = useCallback(() => readSessionPermissions(sessionDoc), [sessionDoc]);
  const observe = useCallback(
    (next: (value: SessionPermissions) => void) => {
      const map = sessionMap(sessionDoc);
      const observer = () => next(readSessionPermissions(sessionDoc));
      map.observe(observer);
      return () => map.unobserve(observer);
    },
    [sessionDoc],
  );
  return useDocValue(sessionDoc, read, observe, samePermissions);
}

function samePermissions(a: SessionPermissions, b: SessionPermissions): boolean {
  return a.locked === b.locked && a.phase === b.phase;
}
