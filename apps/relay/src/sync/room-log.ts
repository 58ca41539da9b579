import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import type { AppendDone, Store } from '../storage/store';
import type { RoomState } from './room-state';
import type { UpdateMerger } from './update-merger';

export interface RoomLogDeps {
  store: Store;
  /** Merges for compaction, off the relay's thread. */
  merger: UpdateMerger;
  metrics: Metrics;
  logger: Logger;
  limits: { compactLogEntries: number; compactLogBytes: number };
}

/** Where a stored room's log starts (see `Store.loadRoom`). */
export interface StoredLog {
  lastSeq: number;
  entries: number;
  bytes: number;
}

/**
 * A room's durable log: every accepted update appended to the store in the order it was applied, the
 * count of what the log holds since the last snapshot, and compaction (the log merged into a snapshot,
 * on a worker thread) once it grows past the limits. The room broadcasts an update only once `append`
 * says it is durable.
 */
export class RoomLog {
  private pendingAppends = 0;
  /** Who waits for every append made so far to be durable (see `whenDurable`). */
  private durableWaiters: (() => void)[] = [];
  private lastSeq: number;
  private entries: number;
  private bytes: number;
  private compaction: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly state: RoomState,
    private readonly deps: RoomLogDeps,
    stored: StoredLog,
  ) {
    this.lastSeq = stored.lastSeq;
    this.entries = stored.entries;
    this.bytes = stored.bytes;
  }

  get size(): { logEntries: number; logBytes: number } {
    return { logEntries: this.entries, logBytes: this.bytes };
  }

  /**
   * Stores `update` after everything appended before it, then calls `stored` with true once it is
   * durable, or false when storing failed (logged and counted: the update was not accepted). With the
   * embedded store the call comes from the commit itself, often before `append` returns (see
   * `GroupCommit`); other stores call back when their promise resolves. `moreFollow` (see `AppendDone`)
   * is passed on; the metrics are counted after `stored`, off the way to the other clients.
   */
  append(update: Uint8Array, stored: (durable: boolean, moreFollow: boolean) => void): void {
    const { store } = this.deps;
    const started = performance.now();
    this.pendingAppends++;
    const done: AppendDone = (error, seq, moreFollow) => {
      this.pendingAppends--;
      if (!error) {
        this.lastSeq = Math.max(this.lastSeq, seq);
        this.entries++;
        this.bytes += update.byteLength;
      }
      if (this.pendingAppends === 0) this.settleWaiters();
      stored(!error, moreFollow);
      if (error) this.failed(error);
      else this.counted(started);
    };
    if (store.appendUpdateThen) store.appendUpdateThen(this.name, update, done);
    else {
      store.appendUpdate(this.name, update).then(
        (seq) => done(null, seq, true),
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), 0, true),
      );
    }
  }

  private counted(started: number): void {
    this.deps.metrics.storageWriteSeconds.observe((performance.now() - started) / 1000);
    this.deps.metrics.updatesAccepted.inc();
  }

  private failed(error: Error): void {
    this.deps.metrics.messagesRejected.inc({ reason: 'storage_error' });
    this.deps.logger.error({ err: error, room: this.name }, 'storing an update failed; it was not accepted');
  }

  private settleWaiters(): void {
    const waiters = this.durableWaiters;
    this.durableWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Resolves once every update appended so far is durable (or failed). */
  whenDurable(): Promise<void> {
    if (this.pendingAppends === 0) return Promise.resolve();
    return new Promise((resolve) => this.durableWaiters.push(resolve));
  }

  /** Starts a compaction when the log has grown past the limits and none is running. */
  maybeCompact(): void {
    const { compactLogEntries, compactLogBytes } = this.deps.limits;
    if (this.compaction) return;
    if (this.entries < compactLogEntries && this.bytes < compactLogBytes) return;
    this.compaction = this.compact().finally(() => {
      this.compaction = null;
    });
  }

  /**
   * Merges the log into a snapshot. Appends that land meanwhile have later sequence numbers and stay.
   * With `collect` (a room unloading: nobody waits on it), deleted content is dropped too when it is
   * worth building a document for (see `RoomState.encodeCompacted`).
   */
  async compact(options: { collect: boolean } = { collect: false }): Promise<void> {
    await this.whenDurable();
    if (this.entries === 0) return;
    const input = this.state.partsToCompact(options);
    const upToSeq = this.lastSeq;
    const entries = this.entries;
    const bytes = this.bytes;
    let snapshot: Uint8Array;
    try {
      snapshot = await this.deps.merger.merge(input.parts, input);
      this.state.adoptCompacted(input, snapshot);
      await this.deps.store.compactRoom(this.name, snapshot, upToSeq);
    } catch (error) {
      this.deps.logger.error({ err: error, room: this.name }, 'compaction failed; the log is kept');
      return;
    }
    this.entries -= entries;
    this.bytes -= bytes;
    this.deps.metrics.compactions.inc();
    this.deps.logger.debug(
      { room: this.name, entries, snapshotBytes: snapshot.byteLength },
      'room compacted',
    );
  }

  /** Waits for a running compaction and every append; then compacts a non-empty log if `compact`. */
  async settle(options: { compact: boolean }): Promise<void> {
    if (this.compaction) await this.compaction;
    await this.whenDurable();
    if (options.compact && this.entries > 0) await this.compact({ collect: true });
  }
}
