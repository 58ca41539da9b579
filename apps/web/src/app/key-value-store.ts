// Kept free of other imports: the page's inline early script (build/early-info-script.ts) bundles it.

/** The subset of Storage we use, so tests can pass a Map-backed fake and private mode cannot crash us. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

export function safeGet(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function safeSet(store: KeyValueStore | null, key: string, value: string): void {
  try {
    store?.setItem(key, value);
  } catch {
    // Storage may be full or disabled; the preference just will not be remembered.
  }
}

export function safeRemove(store: KeyValueStore | null, key: string): void {
  try {
    store?.removeItem?.(key);
  } catch {
    // Storage disabled: there is nothing kept to remove.
  }
}

export function browserStore(): KeyValueStore | null {
  try {
    // Read off globalThis: reading it can throw (storage disabled), and outside a browser it is missing.
    return (globalThis as { localStorage?: KeyValueStore }).localStorage ?? null;
  } catch {
    return null;
  }
}
