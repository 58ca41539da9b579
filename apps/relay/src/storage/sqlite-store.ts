import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteFeedbackStore } from '../feedback/sqlite-feedback-store';
import { type IntegrityReport, readingDamaged } from './damage';
import { GroupCommit } from './group-commit';
import { SqliteBlobs } from './sqlite-blobs';
import { SqliteCheckpointer } from './sqlite-checkpointer';
import { checkSqliteIntegrity } from './sqlite-integrity';
import { SqliteLog } from './sqlite-log';
import {
  type AppendDone,
  type BlobInfo,
  type BlobVariant,
  type BoardRecord,
  boardRoomRange,
  boardValues,
  bytesOf,
  type Checkpoint,
  type CheckpointInfo,
  checkpointDocs,
  type NewBlob,
  type NewCheckpoint,
  type PutBlobResult,
  type Role,
  type Store,
  type StoredRoom,
} from './store';

export interface SqliteStoreOptions {
  /** Database file path, or ':memory:'. */
  file: string;
  /** `fsync` survives power loss (synchronous=FULL); `process` survives process crashes (NORMAL). */
  durability: 'process' | 'fsync';
}

interface BoardRow {
  id: string;
  title: string;
  created_at: number;
  facilitator_key: string;
  participant_key: string;
  observer_key: string;
}

interface CheckpointRow {
  id: number;
  board_id: string;
  kind: 'auto' | 'named';
  name: string | null;
  created_at: number;
  bytes: number;
}

interface CheckpointDataRow extends CheckpointRow {
  content: Buffer;
  session: Buffer;
  questions: Buffer;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  facilitator_key TEXT NOT NULL,
  participant_key TEXT NOT NULL,
  observer_key TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
  room TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS checkpoints (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT,
  created_at INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  content BLOB NOT NULL,
  session BLOB NOT NULL,
  questions BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS checkpoints_by_board ON checkpoints (board_id, id);
`;

const KEY_COLUMN: Record<Role, string> = {
  facilitator: 'facilitator_key',
  participant: 'participant_key',
  observer: 'observer_key',
};

function toCheckpointInfo(row: CheckpointRow): CheckpointInfo {
  return {
    id: row.id,
    boardId: row.board_id,
    kind: row.kind,
    name: row.name,
    createdAt: row.created_at,
    bytes: row.bytes,
  };
}

/** The embedded store: one SQLite file in WAL mode; appends are group-committed (see GroupCommit). */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private closed = false;
  private readonly log: SqliteLog;
  private readonly appends: GroupCommit;
  private checkpointer: SqliteCheckpointer | null = null;
  private readonly blobs: SqliteBlobs;
  readonly feedback: SqliteFeedbackStore;

  constructor(options: SqliteStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.durability === 'fsync' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.feedback = new SqliteFeedbackStore(this.db);
    if (options.file !== ':memory:') {
      // Checkpoints run on a worker thread (see SqliteCheckpointer), never on this one.
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointer = new SqliteCheckpointer(options.file);
    }
    this.blobs = new SqliteBlobs(this.db);
    this.log = new SqliteLog(this.db);
    this.appends = new GroupCommit({
      commit: (batch) => this.log.append(batch),
      // With `fsync` every commit waits on the disk: the whole phase's appends share one.
      firstAtOnce: options.durability === 'process',
    });
  }

  async createBoard(board: BoardRecord): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO boards (id, title, created_at, facilitator_key, participant_key, observer_key) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(...boardValues(board));
      this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('boards_created', '1')").run();
    })();
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    const row = readingDamaged(
      `board ${id}`,
      () => this.db.prepare('SELECT * FROM boards WHERE id = ?').get(id) as BoardRow | undefined,
    );
    if (!row) return undefined;
    return {
      id: row.id,
      title: row.title,
      createdAt: row.created_at,
      keyHashes: {
        facilitator: row.facilitator_key,
        participant: row.participant_key,
        observer: row.observer_key,
      },
    };
  }

  async setKeyHash(boardId: string, role: Role, keyHash: string): Promise<boolean> {
    const result = this.db
      .prepare(`UPDATE boards SET ${KEY_COLUMN[role]} = ? WHERE id = ?`)
      .run(keyHash, boardId);
    return result.changes > 0;
  }

  async deleteBoard(id: string): Promise<boolean> {
    // Appends already queued for this board must not resurrect its rooms after the delete.
    await this.flush();
    const { from, to } = boardRoomRange(id);
    return this.db.transaction(() => {
      const deleted = this.db.prepare('DELETE FROM boards WHERE id = ?').run(id).changes > 0;
      this.log.dropRooms(from, to);
      this.db.prepare('DELETE FROM snapshots WHERE room >= ? AND room < ?').run(from, to);
      this.db.prepare('DELETE FROM checkpoints WHERE board_id = ?').run(id);
      this.db.prepare('DELETE FROM blobs WHERE board_id = ?').run(id);
      this.db.prepare('DELETE FROM feedback_responses WHERE board_id = ?').run(id);
      this.db.prepare('DELETE FROM feedback_links WHERE board_id = ?').run(id);
      return deleted;
    })();
  }

  async isEmpty(): Promise<boolean> {
    return this.db.prepare("SELECT 1 FROM meta WHERE key = 'boards_created'").get() === undefined;
  }

  appendUpdate(room: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      this.appendUpdateThen(room, update, (error, seq) => (error ? reject(error) : resolve(seq)));
    });
  }

  appendUpdateThen(room: string, update: Uint8Array, done: AppendDone): void {
    if (this.closed) done(new Error('store is closed'), 0, false);
    else this.appends.append(room, update, done);
  }

  async loadRoom(room: string): Promise<StoredRoom> {
    return readingDamaged(room, () => this.readRoom(room));
  }

  /** `PRAGMA quick_check`, naming the rooms that cannot be read when it fails (see sqlite-integrity.ts). */
  async checkIntegrity(): Promise<IntegrityReport> {
    return checkSqliteIntegrity(this.db, (room) => this.readRoom(room));
  }

  private readRoom(room: string): StoredRoom {
    return this.db.transaction(() => {
      const snapshot = this.db.prepare('SELECT seq, data FROM snapshots WHERE room = ?').get(room) as
        | { seq: number; data: Buffer }
        | undefined;
      const snapshotSeq = snapshot?.seq ?? 0;
      // The blobs alone (no row objects: ~20,000 of them for a log never compacted), and the last
      // sequence number from the index.
      const { data, last } = this.log.read(room, snapshotSeq);
      let logBytes = 0;
      const updates: Uint8Array[] = new Array(data.length);
      for (let index = 0; index < data.length; index++) {
        const buffer = data[index]!;
        logBytes += buffer.byteLength;
        updates[index] = bytesOf(buffer);
      }
      return {
        snapshot: snapshot ? bytesOf(snapshot.data) : null,
        snapshotSeq,
        updates,
        lastSeq: last ?? snapshotSeq,
        logBytes,
      };
    })();
  }

  async compactRoom(room: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO snapshots (room, seq, data) VALUES (?, ?, ?) ON CONFLICT (room) DO UPDATE SET seq = excluded.seq, data = excluded.data WHERE excluded.seq >= snapshots.seq',
        )
        .run(room, upToSeq, snapshot);
      this.log.dropUpTo(room, upToSeq);
    })();
  }

  async saveCheckpoint(boardId: string, checkpoint: NewCheckpoint): Promise<CheckpointInfo> {
    const { content, session, questions } = checkpoint.docs;
    const bytes = content.byteLength + session.byteLength + questions.byteLength;
    const createdAt = Date.now();
    const result = this.db
      .prepare(
        'INSERT INTO checkpoints (board_id, kind, name, created_at, bytes, content, session, questions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(boardId, checkpoint.kind, checkpoint.name, createdAt, bytes, content, session, questions);
    return {
      id: Number(result.lastInsertRowid),
      boardId,
      kind: checkpoint.kind,
      name: checkpoint.name,
      createdAt,
      bytes,
    };
  }

  async listCheckpoints(boardId: string): Promise<CheckpointInfo[]> {
    const rows = this.db
      .prepare(
        'SELECT id, board_id, kind, name, created_at, bytes FROM checkpoints WHERE board_id = ? ORDER BY id',
      )
      .all(boardId) as CheckpointRow[];
    return rows.map(toCheckpointInfo);
  }

  async getCheckpoint(boardId: string, id: number): Promise<Checkpoint | undefined> {
    const row = this.db.prepare('SELECT * FROM checkpoints WHERE board_id = ? AND id = ?').get(boardId, id) as
      | CheckpointDataRow
      | undefined;
    if (!row) return undefined;
    return { ...toCheckpointInfo(row), docs: checkpointDocs(row) };
  }

  async deleteCheckpoints(boardId: string, ids: readonly number[]): Promise<void> {
    const remove = this.db.prepare('DELETE FROM checkpoints WHERE board_id = ? AND id = ?');
    this.db.transaction(() => {
      for (const id of ids) remove.run(boardId, id);
    })();
  }

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

  async checkWritable(): Promise<void> {
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('health', ?)").run(String(Date.now()));
  }

  async flush(): Promise<void> {
    this.appends.commitQueued();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.appends.commitQueued();
    this.closed = true;
    await this.checkpointer?.close();
    this.db.close();
  }
}
