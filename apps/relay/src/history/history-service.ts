import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { BoardService } from '../boards/board-service';
import { type Checkpoint, type CheckpointInfo, DOC_NAMES, type DocName, type Store } from '../storage/store';
import type { ActivityTracker } from './activity';
import type { HistoryOptions } from './options';
import { checkpointDue, checkpointsToPrune, MAX_NAMED_CHECKPOINTS } from './policy';

export class TooManyNamedCheckpointsError extends Error {
  constructor() {
    super(`a board keeps at most ${MAX_NAMED_CHECKPOINTS} named checkpoints`);
  }
}

export interface HistoryDeps {
  store: Store;
  boards: BoardService;
  activity: ActivityTracker;
  logger: Logger;
  options: HistoryOptions;
  clock?: () => number;
}

/**
 * Takes a board's checkpoints: automatically after each burst of activity (at most every few minutes)
 * and on the facilitator's request, and prunes them on the retention policy after each one.
 */
export class HistoryService {
  private readonly lastCheckpointAt = new Map<string, number | null>();
  /** One checkpoint at a time per board, so two never race on pruning. */
  private readonly busy = new Map<string, Promise<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private readonly clock: () => number;

  constructor(private readonly deps: HistoryDeps) {
    this.clock = deps.clock ?? Date.now;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.deps.options.tickMs);
    this.timer.unref();
  }

  /** Stops scheduling and waits for checkpoints being written. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.busy.values()]);
  }

  /** Takes the automatic checkpoints that are due now; returns how many. */
  async tick(): Promise<number> {
    if (this.ticking) return 0;
    this.ticking = true;
    try {
      let taken = 0;
      for (const [boardId, activity] of [...this.deps.activity.pending()]) {
        if (this.busy.has(boardId)) continue;
        const last = await this.lastAt(boardId);
        if (!checkpointDue(activity, last, this.clock(), this.deps.options)) continue;
        const info = await this.exclusive(boardId, () => this.take(boardId, 'auto', null));
        if (info) taken++;
      }
      return taken;
    } finally {
      this.ticking = false;
    }
  }

  /** A named checkpoint of the board as it is now (the facilitator's milestone). */
  async createNamed(boardId: string, name: string): Promise<CheckpointInfo> {
    return this.exclusive(boardId, async () => {
      const named = (await this.deps.store.listCheckpoints(boardId)).filter((c) => c.kind === 'named');
      if (named.length >= MAX_NAMED_CHECKPOINTS) throw new TooManyNamedCheckpointsError();
      const info = await this.take(boardId, 'named', name);
      if (!info) throw new Error('the board disappeared while saving the checkpoint');
      return info;
    });
  }

  list(boardId: string): Promise<CheckpointInfo[]> {
    return this.deps.store.listCheckpoints(boardId);
  }

  get(boardId: string, id: number): Promise<Checkpoint | undefined> {
    return this.deps.store.getCheckpoint(boardId, id);
  }

  private async lastAt(boardId: string): Promise<number | null> {
    if (!this.lastCheckpointAt.has(boardId)) {
      const list = await this.deps.store.listCheckpoints(boardId);
      const newest = list.reduce<number | null>(
        (max, c) => (max === null || c.createdAt > max ? c.createdAt : max),
        null,
      );
      this.lastCheckpointAt.set(boardId, newest);
    }
    return this.lastCheckpointAt.get(boardId) ?? null;
  }

  private async exclusive<T>(boardId: string, fn: () => Promise<T>): Promise<T> {
    for (;;) {
      const running = this.busy.get(boardId);
      if (!running) break;
      await running.catch(() => undefined);
    }
    const job = fn();
    this.busy.set(boardId, job);
    try {
      return await job;
    } finally {
      if (this.busy.get(boardId) === job) this.busy.delete(boardId);
    }
  }

  private async take(
    boardId: string,
    kind: 'auto' | 'named',
    name: string | null,
  ): Promise<CheckpointInfo | null> {
    const { store, boards, activity, logger } = this.deps;
    if (!(await store.getBoard(boardId))) {
      activity.forget(boardId);
      this.lastCheckpointAt.delete(boardId);
      return null;
    }
    const readAt = this.clock();
    const docs = await boards.readDocs(boardId);
    const states = {} as Record<DocName, Uint8Array>;
    for (const doc of DOC_NAMES) {
      states[doc] = Y.encodeStateAsUpdate(docs[doc]);
      docs[doc].destroy();
    }
    const info = await store.saveCheckpoint(boardId, { kind, name, docs: states });
    activity.saved(boardId, readAt);
    this.lastCheckpointAt.set(boardId, info.createdAt);
    const prunable = checkpointsToPrune(await store.listCheckpoints(boardId), this.clock());
    if (prunable.length > 0) await store.deleteCheckpoints(boardId, prunable);
    logger.info(
      { board: boardId, checkpoint: info.id, kind, bytes: info.bytes, pruned: prunable.length },
      'checkpoint',
    );
    return info;
  }
}
