import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** A deferred cache opens by itself after this long, whether or not the board was drawn. */
export const DEFERRED_OPEN_MS = 5000;

export interface OfflineCacheOptions {
  /**
   * Open later (on `openNow`, or after `DEFERRED_OPEN_MS`). y-indexeddb stores the whole document when
   * its database opens, 50–100 ms of encoding for a large board that has arrived by then (or that the app
   * shell fetched early); done during the first render it delays the board, done after it costs nothing
   * anyone waits for. Nothing is lost meanwhile: whatever the document holds when the cache opens, local
   * edits included, is stored then.
   */
  readonly defer: boolean;
  /** Injected by tests; y-indexeddb's persistence otherwise. */
  readonly open?: (
    name: string,
    doc: Y.Doc,
  ) => { destroy(): Promise<void> | void; clearData?(): Promise<void> };
  readonly setTimer?: (run: () => void, ms: number) => () => void;
}

function defaultTimer(run: () => void, ms: number): () => void {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
}

/** The offline IndexedDB copy of one document, opened at once or once the board has been drawn. */
export class OfflineCache {
  private persistence: { destroy(): Promise<void> | void; clearData?(): Promise<void> } | null = null;
  private cancelTimer: (() => void) | null = null;
  private destroyed = false;

  constructor(
    private readonly name: string,
    private readonly doc: Y.Doc,
    private readonly options: OfflineCacheOptions,
  ) {
    if (options.defer)
      this.cancelTimer = (options.setTimer ?? defaultTimer)(() => this.openNow(), DEFERRED_OPEN_MS);
    else this.openNow();
  }

  get isOpen(): boolean {
    return this.persistence !== null;
  }

  openNow(): void {
    if (this.destroyed || this.persistence) return;
    this.cancelTimer?.();
    this.cancelTimer = null;
    const open = this.options.open ?? ((name, doc) => new IndexeddbPersistence(name, doc));
    this.persistence = open(this.name, this.doc);
  }

  /**
   * Closes the cache and deletes its stored copy (the relay refused a change in it: the next connection
   * must start from the relay's document, not from the refused one). Resolves once deleted.
   */
  async discard(): Promise<void> {
    const persistence = this.persistence;
    void this.destroy();
    if (persistence?.clearData) await persistence.clearData();
  }

  /** Closes the cache (its stored copy stays); resolves once its database is closed. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
    const persistence = this.persistence;
    this.persistence = null;
    await persistence?.destroy();
  }
}
