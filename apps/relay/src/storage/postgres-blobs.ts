import type pg from 'pg';
import { BLOB_NAMESPACE } from './postgres-migrations';
import type { BlobInfo, BlobVariant, NewBlob, PutBlobResult } from './store';

interface BlobRow {
  board_id: string;
  hash: string;
  type: string;
  size: number;
  width: number | null;
  height: number | null;
  bytes: string | number;
  touched_at: string | number;
}

const INFO_COLUMNS = 'board_id, hash, type, size, width, height, bytes, touched_at';

function toBlobInfo(row: BlobRow): BlobInfo {
  return {
    boardId: row.board_id,
    hash: row.hash,
    type: row.type,
    size: row.size,
    width: row.width,
    height: row.height,
    bytes: Number(row.bytes),
    touchedAt: Number(row.touched_at),
  };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;
type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

/** The PostgreSQL store's blobs table (migration 2; see `Store.putBlob`). */
export class PostgresBlobs {
  constructor(
    private readonly query: Query,
    private readonly transaction: Transaction,
  ) {}

  put(boardId: string, blob: NewBlob, quotaBytes: number): Promise<PutBlobResult> {
    const now = Date.now();
    return this.transaction(async (client): Promise<PutBlobResult> => {
      // One store at a time per board (on every relay), so two uploads cannot both fit the last space.
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [BLOB_NAMESPACE, boardId]);
      const touched = await client.query<BlobRow>(
        `UPDATE blobs SET touched_at = $3 WHERE board_id = $1 AND hash = $2 RETURNING ${INFO_COLUMNS}`,
        [boardId, blob.hash, now],
      );
      const existing = touched.rows[0];
      if (existing) return { ok: true, existed: true, info: toBlobInfo(existing) };
      const used = await client.query<{ used: string }>(
        'SELECT coalesce(sum(bytes), 0) AS used FROM blobs WHERE board_id = $1',
        [boardId],
      );
      const usedBytes = Number(used.rows[0]?.used ?? 0);
      const bytes = blob.data.byteLength + (blob.thumb?.byteLength ?? 0);
      if (usedBytes + bytes > quotaBytes) return { ok: false, reason: 'quota', usedBytes };
      const inserted = await client.query<BlobRow>(
        `INSERT INTO blobs (board_id, hash, type, size, width, height, bytes, touched_at, data, thumb)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${INFO_COLUMNS}`,
        [
          boardId,
          blob.hash,
          blob.type,
          blob.data.byteLength,
          blob.width,
          blob.height,
          bytes,
          now,
          toBuffer(blob.data),
          blob.thumb ? toBuffer(blob.thumb) : null,
        ],
      );
      return { ok: true, existed: false, info: toBlobInfo(inserted.rows[0]!) };
    });
  }

  async get(
    boardId: string,
    hash: string,
    variant: BlobVariant,
  ): Promise<{ info: BlobInfo; data: Uint8Array } | undefined> {
    const column = variant === 'thumb' ? 'coalesce(thumb, data)' : 'data';
    const { rows } = await this.query<BlobRow & { data: Buffer }>(
      `SELECT ${INFO_COLUMNS}, ${column} AS data FROM blobs WHERE board_id = $1 AND hash = $2`,
      [boardId, hash],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      info: toBlobInfo(row),
      data: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength),
    };
  }

  async list(boardId: string): Promise<BlobInfo[]> {
    const { rows } = await this.query<BlobRow>(
      `SELECT ${INFO_COLUMNS} FROM blobs WHERE board_id = $1 ORDER BY hash`,
      [boardId],
    );
    return rows.map(toBlobInfo);
  }

  async boards(): Promise<string[]> {
    const { rows } = await this.query<{ board_id: string }>(
      'SELECT DISTINCT board_id FROM blobs ORDER BY board_id',
    );
    return rows.map((row) => row.board_id);
  }

  async delete(boardId: string, hashes: readonly string[], touchedBefore: number): Promise<number> {
    if (hashes.length === 0) return 0;
    const result = await this.query(
      'DELETE FROM blobs WHERE board_id = $1 AND hash = ANY($2::text[]) AND touched_at < $3',
      [boardId, [...hashes], touchedBefore],
    );
    return result.rowCount ?? 0;
  }
}
