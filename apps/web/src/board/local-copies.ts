import { DOC_NAMES } from '@journeyboard/journey/contract';
import { forgetIdentityToken } from '../app/identity-token';
import { browserStore, type KeyValueStore } from '../app/key-value-store';
import { forgetBoardLinks } from '../app/local-prefs';
import { cacheName, uploadStoreName } from './sync-url';

/** Every IndexedDB database this browser keeps for a board: its documents' offline copies, its upload queue. */
export function localDatabases(boardId: string): string[] {
  return [...DOC_NAMES.map((doc) => cacheName(boardId, doc)), uploadStoreName(boardId)];
}

/** Asks IndexedDB to delete a database; resolves once deleted, or once the browser refused or cannot. */
function deleteIndexedDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve();
    try {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
      // Still open elsewhere (another tab): deleted once that closes; nothing to wait for here.
      request.onblocked = () => resolve();
    } catch {
      resolve();
    }
  });
}

export interface ForgetDeps {
  readonly deleteDatabase?: (name: string) => Promise<void>;
  readonly store?: KeyValueStore | null;
}

/**
 * Forgets everything this browser keeps of a board the relay says does not exist (deleted): the offline
 * copies of its documents, the uploads waiting for it, its links and the identity the relay issued. What
 * a deleted board held must not stay readable on the computers that once opened it.
 */
export async function forgetBoardLocally(boardId: string, deps: ForgetDeps = {}): Promise<void> {
  const store = deps.store === undefined ? browserStore() : deps.store;
  forgetBoardLinks(boardId, store);
  forgetIdentityToken(boardId, store);
  const deleteDatabase = deps.deleteDatabase ?? deleteIndexedDb;
  await Promise.all(localDatabases(boardId).map((name) => deleteDatabase(name)));
}
