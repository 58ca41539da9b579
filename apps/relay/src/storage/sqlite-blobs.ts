import type Database from 'better-sqlite3';
import type { BlobInfo, BlobVariant, NewBlob, PutBlobResult } from './store';

/** The SQLite store's blobs table (see `Store.putBlob`): in the same file as everything else. */
export const SQLITE_BLOB_SCHEMA = `
CREATE TABLE IF NOT EXISTS blobs (
  board_id TEXT NOT NULL,
  hash TEXT NOT NULL,
  type TEXT NOT NULL,
  size INTEGER NOT NULL,
  width INTEGER,
  height INTEGER,
  bytes INTEGER NOT NULL,
  touched_at INTEGER NOT NULL,
  data BLOB NOT NULL,
  thumb BLOB,
  PRIMARY KEY (board_id, hash)
);
`;

interface BlobRow {
  board_id: string;
  hash: string;
  type: string;
  size: number;
  width: number | null;
  height: number | null;
  bytes: number;
  touched_at: number;
}

const BLOB_INFO_COLUMNS = 'board_id, hash, type, size, width, height, bytes, touched_at';

function toBlobInfo(row: BlobRow): BlobInfo {
  return {
    boardId: row.board_id,
    hash: row.hash,
    type: row.type,
    size: row.size,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    touchedAt: row.touched_at,
  };
}

function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export class SqliteBlobs {
  constructor(private readonly db: Database.Database) {
    db.exec(SQLITE_BLOB_SCHEMA);
  }

  async put(boardId: string, blob: NewBlob, quotaBytes: number): Promise<PutBlobResult> {
    const now = Date.now();
    return this.db.transaction((): PutBlobResult => {
      const existing = this.db
        .prepare(`SELECT ${BLOB_INFO_COLUMNS} FROM blobs WHERE board_id = ? AND hash = ?`)
        .get(boardId, blob.hash) as BlobRow | undefined;
      if (existing) {
        this.db
          .prepare('UPDATE blobs SET touched_at = ? WHERE board_id = ? AND hash = ?')
          .run(now, boardId, blob.hash);
        return { ok: true, existed: true, info: toBlobInfo({ ...existing, touched_at: now }) };
      }
      const used = this.db
        .prepare('SELECT coalesce(sum(bytes), 0) FROM blobs WHERE board_id = ?')
        .pluck()
        .get(boardId) as number;
      const bytes = blob.data.byteLength + (blob.thumb?.byteLength ?? 0);
      if (used + bytes > quotaBytes) return { ok: false, reason: 'quota', usedBytes: used };
      this.db
        .prepare(
          'INSERT INTO blobs (board_id, hash, type, size, width, height, bytes, touched_at, data, thumb) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          boardId,
          blob.hash,
          blob.type,
          blob.data.byteLength,
          blob.width,
          blob.height,
          bytes,
          now,
          blob.data,
          blob.thumb,
        );
      const info = { boardId, hash: blob.hash, type: blob.type, size: blob.data.byteLength };
      return {
        ok: true,
        existed: false,
        info: { ...info, width: blob.width, height: blob.height, bytes, touchedAt: now },
      };
    })();
  }

  async get(
    boardId: string,
    hash: string,
    variant: BlobVariant,
  ): Promise<{ info: BlobInfo; data: Uint8Array } | undefined> {
    const row = this.db
      .prepare(`SELECT ${BLOB_INFO_COLUMNS}, data, thumb FROM blobs WHERE board_id = ? AND hash = ?`)
      .get(boardId, hash) as (BlobRow & { data: Buffer; thumb: Buffer | null }) | undefined;
    if (!row) return undefined;
    const data = variant === 'thumb' && row.thumb ? row.thumb : row.data;
    return { info: toBlobInfo(row), data: toBytes(data) };
  }

  async list(boardId: string): Promise<BlobInfo[]> {
    const rows = this.db
      .prepare(`SELECT ${BLOB_INFO_COLUMNS} FROM blobs WHERE board_id = ? ORDER BY hash`)
      .all(boardId) as BlobRow[];
    return rows.map(toBlobInfo);
  }

  async boards(): Promise<string[]> {
    return this.db.prepare('SELECT DISTINCT board_id FROM blobs ORDER BY board_id').pluck().all() as string[];
  }

  async delete(boardId: string, hashes: readonly string[], touchedBefore: number): Promise<number> {
    const remove = this.db.prepare('DELETE FROM blobs WHERE board_id = ? AND hash = ? AND touched_at < ?');
    return this.db.transaction(() => {
      let removed = 0;
      for (const hash of hashes) removed += remove.run(boardId, hash, touchedBefore).changes;
      return removed;
    })();
  }
}
