import type { AttachmentParent, AttachmentParentKind } from '@journeyboard/journey';
import { del, entries, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { uploadStoreName } from '../board/sync-url';

const PARENT_KINDS: readonly AttachmentParentKind[] = ['step', 'note', 'persona', 'question'];

/**
 * A file waiting to be uploaded, as this browser keeps it across a closed tab: its bytes and what it is
 * to become on the board. `id` is also the id the attachment gets, so a file that was attached just
 * before the tab closed is recognised and not attached twice.
 */
export interface KeptUpload {
  readonly id: string;
  readonly parent: AttachmentParent;
  readonly name: string;
  readonly type: string;
  readonly caption: string;
  readonly file: Blob;
  /** When it was added (ms): kept uploads resume in the order they were added. */
  readonly addedAt: number;
}

/** Where a board's queued uploads are kept (IndexedDB in the browser; a Map in tests). */
export interface UploadStore {
  put(upload: KeptUpload): Promise<void>;
  remove(id: string): Promise<void>;
  /** Every record, with its key (a record that is not a kept upload is removed by the queue). */
  all(): Promise<(readonly [string, unknown])[]>;
}

const MAX_TEXT = 2000;
const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;

/**
 * A kept upload read back from the browser's storage, checked (an older version of the app, or a
 * damaged database, may have left something else there); null when it is not one.
 */
export function parseKeptUpload(value: unknown): KeptUpload | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const parent = v.parent as Record<string, unknown> | null | undefined;
  if (!text(v.id) || v.id.length === 0 || typeof parent !== 'object' || parent === null) return null;
  if (!PARENT_KINDS.includes(parent.kind as AttachmentParentKind)) return null;
  if (!text(parent.id) || parent.id.length === 0) return null;
  if (!text(v.name) || !text(v.type) || !text(v.caption)) return null;
  if (typeof v.addedAt !== 'number' || !Number.isFinite(v.addedAt)) return null;
  if (typeof Blob === 'undefined' || !(v.file instanceof Blob) || v.file.size === 0) return null;
  return {
    id: v.id,
    parent: { kind: parent.kind, id: parent.id } as AttachmentParent,
    name: v.name,
    type: v.type,
    caption: v.caption,
    file: v.file,
    addedAt: v.addedAt,
  };
}

/** The kept uploads worth resuming, oldest first, and the keys of records that are not uploads at all. */
export function keptInOrder(records: readonly (readonly [string, unknown])[]): {
  uploads: KeptUpload[];
  junk: string[];
} {
  const uploads: KeptUpload[] = [];
  const junk: string[] = [];
  for (const [key, value] of records) {
    const upload = parseKeptUpload(value);
    if (upload && upload.id === key) uploads.push(upload);
    else junk.push(key);
  }
  uploads.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
  return { uploads, junk };
}

/** An UploadStore in memory (tests; browsers without IndexedDB keep uploads only while the tab lives). */
export function memoryUploadStore(): UploadStore & { readonly records: Map<string, unknown> } {
  const records = new Map<string, unknown>();
  return {
    records,
    put: async (upload) => {
      records.set(upload.id, upload);
    },
    remove: async (id) => {
      records.delete(id);
    },
    all: async () => [...records.entries()],
  };
}

/**
 * idb-keyval's store (same opening and object store as its `createStore`) that also closes its connection
 * when the database is about to be deleted (the board was deleted: `forgetBoardLocally`); idb-keyval keeps
 * its connection open, which would hold the deletion back for as long as the page stays open.
 */
function closableStore(dbName: string, storeName: string): UseStore {
  let opened: Promise<IDBDatabase> | undefined;
  const open = () => {
    if (opened) return opened;
    const request = indexedDB.open(dbName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    opened = promisifyRequest(request);
    opened.then(
      (db) => {
        db.onclose = () => {
          opened = undefined;
        };
        db.onversionchange = () => {
          db.close();
          opened = undefined;
        };
      },
      () => {},
    );
    return opened;
  };
  return (mode, callback) =>
    open().then((db) => callback(db.transaction(storeName, mode).objectStore(storeName)));
}

/** A board's queued uploads in IndexedDB (a database per board, beside the documents' offline copies). */
export function indexedDbUploadStore(boardId: string): UploadStore {
  const store = closableStore(uploadStoreName(boardId), 'uploads');
  return {
    put: (upload) => set(upload.id, upload, store),
    remove: (id) => del(id, store),
    all: async () =>
      (await entries<IDBValidKey, unknown>(store)).map(([key, value]) => [String(key), value] as const),
  };
}

/**
 * Claims a queued file for this tab with the Web Locks API (held until released or the tab closes), so
 * two tabs of one board never send the same file; browsers without it claim everything.
 */
export function claimWithLock(boardId: string, id: string): Promise<(() => void) | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return Promise.resolve(() => {});
  return new Promise((resolve) => {
    locks
      .request(`journeyboard-upload-${boardId}-${id}`, { ifAvailable: true }, (lock) => {
        if (!lock) {
          resolve(null);
          return undefined;
        }
        return new Promise<void>((release) => resolve(release as () => void));
      })
      .catch(() => resolve(() => {}));
  });
}
