import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

const versions = new WeakMap<Y.Doc, { value: number }>();

/** Counts a document's transactions, so a cached read can tell whether the document moved on since. */
export function docVersion(doc: Y.Doc): number {
  let version = versions.get(doc);
  if (!version) {
    const counter = { value: 0 };
    doc.on('afterTransaction', () => {
      counter.value++;
    });
    versions.set(doc, counter);
    version = counter;
  }
  return version.value;
}

/**
 * A value read from a Yjs document, for `useSyncExternalStore`. The value is cached (React needs the
 * same object while nothing changed) and replaced by what the observer reports. React subscribes only
 * after it rendered, so a change landing in between (a sync answer arriving while the component mounts)
 * reaches no observer: the subscription reads again if the document moved on since the cached read, or
 * the component would show the old value until some later change.
 *
 * `read` and `observe` must be stable for the same inputs (`useCallback`): a new `read` starts a new cache.
 * `observe` hands over the new value (most observers already have it) and returns its unsubscribe.
 */
export function useDocValue<T>(
  doc: Y.Doc,
  read: () => T,
  observe: (next: (value: T) => void) => () => void,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const cache = useRef<{ read: typeof read; value: T; version: number } | null>(null);
  const getSnapshot = useCallback(() => {
    const cached = cache.current;
    if (cached?.read === read) return cached.value;
    const version = docVersion(doc);
    const value = read();
    cache.current = { read, value, version };
    return value;
  }, [doc, read]);
  const subscribe = useCallback(
    (notify: () => void) => {
      const offer = (value: T) => {
        const cached = cache.current;
        const version = docVersion(doc);
        if (cached?.read === read && same(cached.value, value)) {
          cached.version = version;
          return;
        }
        cache.current = { read, value, version };
        notify();
      };
      const stop = observe(offer);
      const cached = cache.current;
      if (cached?.read !== read || cached.version !== docVersion(doc)) {
        offer(read());
      }
      return stop;
    },
    [doc, read, observe, same],
  );
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
