import type * as Y from 'yjs';

/**
 * Calls `listener` with `read(doc)` once per transaction that changes any of the named root maps (the
 * relay-published results: ballots, customer feedback). Returns the unsubscribe.
 */
export function observeRoots<T>(
  doc: Y.Doc,
  names: readonly string[],
  read: (doc: Y.Doc) => T,
  listener: (value: T) => void,
): () => void {
  let last: Y.Transaction | null = null;
  const handler = (_events: unknown, tr: Y.Transaction) => {
    if (tr === last) return;
    last = tr;
    listener(read(doc));
  };
  const maps = names.map((name) => doc.getMap(name));
  for (const map of maps) map.observeDeep(handler);
  return () => {
    for (const map of maps) map.unobserveDeep(handler);
  };
}
