import type { AppendDone } from './store';

/** One entry of a room log's batch. */
export interface LogEntry {
  room: string;
  update: Uint8Array;
}

export interface GroupCommitOptions {
  /** Commits the batch in one transaction and returns each entry's sequence number; throws if it fails. */
  commit: (batch: readonly LogEntry[]) => number[];
  /**
   * Whether the first append of an event-loop phase is committed at once, on the caller's stack (true:
   * a commit that only waits on the operating system's page cache, SQLite's `synchronous = NORMAL`), or
   * waits with the others for the end of the phase (false: a commit that waits on the disk, `fsync`).
   */
  firstAtOnce: boolean;
}

interface Pending extends LogEntry {
  done: AppendDone;
}

/**
 * When a store's appends are committed, and how their callers hear of it.
 *
 * - **At a workshop's pace** updates come one at a time, milliseconds apart. The first append of a phase
 *   of the event loop is then committed at once and its caller called back at once: the update is
 *   broadcast from the same call that received it, with no promise turns and no wait for the rest of the
 *   phase (~75–90 µs less on each update's way at everyday load, `docs/benchmarks.md`).
 * - **Under load** (the last phase with appends had several), and for every append after the first of a
 *   phase, appends wait for the phase's end (`setImmediate`) and are committed together in one
 *   transaction: the batches grow by themselves, and each room broadcasts its batch in one socket write
 *   per connection (`Outbox`) instead of one per update.
 *
 * Committing at once only what comes alone keeps the cost of a commit (~100 µs on a busy VM, however
 * much it holds) from being paid once more per phase when the relay is busiest.
 *
 * Callbacks are called in append order, batch after batch. Appends are durable in the same order.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private phaseEnding = false;
  /** Appends in the current phase, and in the last phase that had any. */
  private phaseAppends = 0;
  private lastPhaseAppends = 0;

  constructor(private readonly options: GroupCommitOptions) {}

  /** Stores `update` after everything appended before it; `done` is called once it is durable or failed. */
  append(room: string, update: Uint8Array, done: AppendDone): void {
    this.queue.push({ room, update, done });
    this.phaseAppends++;
    if (!this.phaseEnding) {
      this.phaseEnding = true;
      setImmediate(this.endPhase);
    }
    // The queue holds only this entry: a phase's later appends are queued after the first's commit.
    if (this.options.firstAtOnce && this.phaseAppends === 1 && this.lastPhaseAppends <= 1)
      this.commitQueued();
  }

  private readonly endPhase = (): void => {
    this.phaseEnding = false;
    this.lastPhaseAppends = this.phaseAppends;
    this.phaseAppends = 0;
    this.commitQueued();
  };

  /**
   * Commits everything queued now, in one transaction, then calls each entry back in order. A callback
   * that throws does not keep the others from being called; the first such error is thrown afterwards.
   */
  commitQueued(): void {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    let seqs: number[] | null = null;
    let failure: Error | null = null;
    try {
      seqs = this.options.commit(batch);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
    let thrown: { error: unknown } | null = null;
    for (const [index, entry] of batch.entries()) {
      try {
        entry.done(failure, seqs?.[index] ?? 0, index < batch.length - 1);
      } catch (error) {
        thrown ??= { error };
      }
    }
    if (thrown) throw thrown.error;
  }
}
