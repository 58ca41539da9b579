import pg from 'pg';
import * as Y from 'yjs';
import { PostgresFeedbackStore, type PostgresQueries } from '../feedback/postgres-feedback-store';
import { PostgresBlobs } from './postgres-blobs';
import { PostgresBoards } from './postgres-boards';
import { PostgresCheckpoints, toBuffer } from './postgres-checkpoints';
import { COMPACTION_NAMESPACE, MIGRATIONS, type Migration, migrate } from './postgres-migrations';
import {
  type BlobInfo,
  type BlobVariant,
  type BoardRecord,
  bytesOf,
  type Checkpoint,
  type CheckpointInfo,
  type NewBlob,
  type NewCheckpoint,
  type PutBlobResult,
  type Role,
  type Store,
  type StoredRoom,
} from './store';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** Connections per relay (default 10). */
  poolSize?: number;
  /** How long a query may wait for a connection before the store counts as unreachable (default 3 s). */
  connectTimeoutMs?: number;
  /** Server-side limit for one statement (default 15 s). */
  statementTimeoutMs?: number;
  migrations?: readonly Migration[];
}

export interface PostgresStoreStatus {
  /** False after a query failed for lack of a connection, until one succeeds again. */
  reachable: boolean;
  lastError: string | null;
  compactionsRun: number;
  /** Compactions another relay was already doing, or had done (the log was already merged). */
  compactionsSkipped: number;
  /** Automatic checkpoints another relay had already taken (same or newer state). */
  checkpointsDeduplicated: number;
}

interface PendingAppend {
  room: string;
  update: Uint8Array;
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}

/** Errors that mean "no database" rather than "this statement is wrong". */
function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: string }).code ?? '';
  return (
    /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH)$/.test(code) ||
    code.startsWith('08') ||
    code === '57P01' ||
    code === '57P03' ||
    /timeout|terminated|Connection terminated|not queryable/i.test(error.message)
  );
}

/**
 * The store for several relays: the same tables as SQLite in PostgreSQL, migrated at start. Appends are
 * group-committed: while one multi-row INSERT is in flight, the next batch accumulates, so a burst costs
 * one round trip and one commit per batch.
 *
 * Sequence numbers come from one `bigserial`, so two relays' transactions can commit out of sequence
 * order. Nothing here assumes they do not: a room's log is every row not yet merged into its snapshot,
 * and compaction deletes exactly the rows it merged.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  /** Queries through the pool that keep `reachable` up to date, for the tables' own modules. */
  private readonly db: PostgresQueries = {
    query: (text, values) => this.query(text, values),
    transaction: (work) => this.transaction(work),
  };
  private readonly boards = new PostgresBoards(this.db);
  readonly feedback: PostgresFeedbackStore;
  private queue: PendingAppend[] = [];
  private inFlight: Promise<void> | null = null;
  private closed = false;
  private probing = false;
  private lastProbeAt = 0;
  private readonly state: PostgresStoreStatus = {
    reachable: true,
    lastError: null,
    compactionsRun: 0,
    compactionsSkipped: 0,
    checkpointsDeduplicated: 0,
  };

  private constructor(options: PostgresStoreOptions) {
    this.pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
      statement_timeout: options.statementTimeoutMs ?? 15_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    });
    // An idle connection dropped by the server must not crash the relay; the next query reconnects.
    this.pool.on('error', (error) => this.noteFailure(error));
    this.feedback = new PostgresFeedbackStore(this.db);
  }

  /** Connects, migrates the schema (safe with several relays starting together) and returns the store. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const store = new PostgresStore(options);
    try {
      await migrate(store.pool, options.migrations ?? MIGRATIONS);
    } catch (error) {
      await store.pool.end().catch(() => {});
      throw error;
    }
    return store;
  }

  status(): PostgresStoreStatus {
    return { ...this.state };
  }

  /**
   * True after a query found PostgreSQL unreachable, until one succeeds again. While it is true a cheap
   * probe runs at most once a second, so the relay notices recovery even when nobody writes.
   */
  unavailable(): boolean {
    if (this.state.reachable) return false;
    const now = Date.now();
    if (!this.probing && now - this.lastProbeAt >= 1000 && !this.closed) {
      this.probing = true;
      this.lastProbeAt = now;
      void this.query('SELECT 1')
        .catch(() => {})
        .finally(() => {
          this.probing = false;
        });
    }
    return true;
  }

  private noteFailure(error: unknown): void {
    if (isConnectionError(error)) this.state.reachable = false;
    this.state.lastError = error instanceof Error ? error.message : String(error);
  }

  private readonly blobs = new PostgresBlobs(
    (text, values) => this.query(text, values),
    (work) => this.transaction(work),
  );

  putBlob(boardId: string, blob: NewBlob, quotaBytes: number): Promise<PutBlobResult> {
    return this.blobs.put(boardId, blob, quotaBytes);
  }

  getBlob(boardId: string, hash: string, variant: BlobVariant) {
    return this.blobs.get(boardId, hash, variant);
  }

  listBlobs(boardId: string): Promise<BlobInfo[]> {
    return this.blobs.list(boardId);
  }

  boardsWithBlobs(): Promise<string[]> {
    return this.blobs.boards();
  }

  deleteBlobs(boardId: string, hashes: readonly string[], touchedBefore: number): Promise<number> {
    return this.blobs.delete(boardId, hashes, touchedBefore);
  }

  private readonly checkpoints = new PostgresCheckpoints(
    (text, values) => this.query(text, values),
    (work) => this.transaction(work),
    () => {
      this.state.checkpointsDeduplicated += 1;
    },
  );

  saveCheckpoint(boardId: string, checkpoint: NewCheckpoint): Promise<CheckpointInfo> {
    return this.checkpoints.save(boardId, checkpoint);
  }

  listCheckpoints(boardId: string): Promise<CheckpointInfo[]> {
    return this.checkpoints.list(boardId);
  }

  getCheckpoint(boardId: string, id: number): Promise<Checkpoint | undefined> {
    return this.checkpoints.get(boardId, id);
  }

  deleteCheckpoints(boardId: string, ids: readonly number[]): Promise<void> {
    return this.checkpoints.delete(boardId, ids);
  }

  private async query<R extends pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>> {
    try {
      const result = await this.pool.query<R>(text, values);
      this.state.reachable = true;
      return result;
    } catch (error) {
      this.noteFailure(error);
      throw error;
    }
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      this.noteFailure(error);
      throw error;
    }
    let broken = false;
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      this.state.reachable = true;
      return result;
    } catch (error) {
      this.noteFailure(error);
      broken = isConnectionError(error);
      if (!broken) await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release(broken);
    }
  }

  createBoard(board: BoardRecord): Promise<void> {
    return this.boards.create(board);
  }

  getBoard(id: string): Promise<BoardRecord | undefined> {
    return this.boards.get(id);
  }

  setKeyHash(boardId: string, role: Role, keyHash: string): Promise<boolean> {
    return this.boards.setKeyHash(boardId, role, keyHash);
  }

  async deleteBoard(id: string): Promise<boolean> {
    // Appends already queued for this board must not resurrect its rooms after the delete.
    await this.flush();
    return this.boards.delete(id);
  }

  isEmpty(): Promise<boolean> {
    return this.boards.isEmpty();
  }

  appendUpdate(room: string, update: Uint8Array): Promise<number> {
    if (this.closed) return Promise.reject(new Error('store is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ room, update, resolve, reject });
      if (!this.inFlight) this.inFlight = this.pump();
    });
  }

  /** Commits queued appends batch after batch until the queue stays empty. */
  private async pump(): Promise<void> {
    // Let the rest of this event-loop turn queue its appends into the same batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        const { rows } = await this.query<{ seq: string }>(
          'INSERT INTO updates (room, data) SELECT room, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS t(room, data, n) ORDER BY n RETURNING seq',
          [batch.map((entry) => entry.room), batch.map((entry) => toBuffer(entry.update))],
        );
        // Rows are inserted in ordinality order, so sorted sequence numbers map back one to one.
        const seqs = rows.map((row) => Number(row.seq)).sort((a, b) => a - b);
        if (seqs.length !== batch.length)
          throw new Error(`inserted ${seqs.length} of ${batch.length} updates`);
        for (const [index, entry] of batch.entries()) entry.resolve(seqs[index]!);
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.inFlight = null;
  }

  async loadRoom(room: string): Promise<StoredRoom> {
    // One snapshot of the database: a compaction committing halfway through must not hide rows.
    return this.transaction(async (client) => {
      const snapshot = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM snapshots WHERE room = $1',
        [room],
      );
      const rows = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE room = $1 ORDER BY seq',
        [room],
      );
      const snapshotRow = snapshot.rows[0];
      const snapshotSeq = snapshotRow ? Number(snapshotRow.seq) : 0;
      let logBytes = 0;
      let lastSeq = snapshotSeq;
      const updates = rows.rows.map((row) => {
        logBytes += row.data.byteLength;
        lastSeq = Math.max(lastSeq, Number(row.seq));
        return bytesOf(row.data);
      });
      return {
        snapshot: snapshotRow ? bytesOf(snapshotRow.data) : null,
        snapshotSeq,
        updates,
        lastSeq,
        logBytes,
      };
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  /**
   * Merges the room's log into its snapshot, once for the whole cluster. The snapshot is rebuilt from
   * what PostgreSQL holds, not taken from the caller: another relay's entries up to `upToSeq` may not
   * have reached the caller's document yet, and the database is the source of truth. For the same reason
   * it merges every committed entry, not only those up to `upToSeq`: each relay counts only what it
   * appended itself, so several relays crossing their threshold together then compact once, not once
   * each. A relay that finds another one compacting the room, or nothing left up to `upToSeq`, does
   * nothing.
   */
  async compactRoom(room: string, _snapshot: Uint8Array, upToSeq: number): Promise<void> {
    await this.transaction(async (client) => {
      const lock = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
        [COMPACTION_NAMESPACE, room],
      );
      if (!lock.rows[0]?.locked) {
        this.state.compactionsSkipped += 1;
        return;
      }
      const rows = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE room = $1 ORDER BY seq',
        [room],
      );
      if (!rows.rows.some((row) => Number(row.seq) <= upToSeq)) {
        this.state.compactionsSkipped += 1;
        return;
      }
      const current = await client.query<{ data: Buffer }>('SELECT data FROM snapshots WHERE room = $1', [
        room,
      ]);
      const doc = new Y.Doc();
      const currentRow = current.rows[0];
      if (currentRow) Y.applyUpdate(doc, bytesOf(currentRow.data));
      for (const row of rows.rows) Y.applyUpdate(doc, bytesOf(row.data));
      const merged = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      const seqs = rows.rows.map((row) => row.seq);
      const maxSeq = seqs[seqs.length - 1]!;
      await client.query(
        `INSERT INTO snapshots (room, seq, data) VALUES ($1, $2, $3)
         ON CONFLICT (room) DO UPDATE SET seq = GREATEST(snapshots.seq, excluded.seq), data = excluded.data,
           generation = snapshots.generation + 1, compacted_at = now()`,
        [room, maxSeq, toBuffer(merged)],
      );
      await client.query('DELETE FROM updates WHERE room = $1 AND seq = ANY($2::bigint[])', [room, seqs]);
      this.state.compactionsRun += 1;
    });
  }

  async checkWritable(): Promise<void> {
    const { rows } = await this.query<{ writable: boolean }>('SELECT NOT pg_is_in_recovery() AS writable');
    if (!rows[0]?.writable) throw new Error('PostgreSQL is read-only (a standby in recovery)');
  }

  async flush(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flush();
    await this.pool.end();
  }
}
