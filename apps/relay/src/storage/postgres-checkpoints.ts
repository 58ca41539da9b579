import type pg from 'pg';
import * as Y from 'yjs';
import { CHECKPOINT_NAMESPACE } from './postgres-migrations';
import {
  bytesOf,
  type Checkpoint,
  type CheckpointInfo,
  checkpointDocs,
  DOC_NAMES,
  type NewCheckpoint,
} from './store';

interface CheckpointRow {
  id: string;
  board_id: string;
  kind: 'auto' | 'named';
  name: string | null;
  created_at: string;
  bytes: number;
}

interface CheckpointDataRow extends CheckpointRow {
  content: Buffer;
  session: Buffer;
  questions: Buffer;
}

const CHECKPOINT_COLUMNS = 'id, board_id, kind, name, created_at, bytes';

export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** True when applying `candidate` on top of `base` would change nothing (no new items, no new deletions). */
export function updateCovers(base: Uint8Array, candidate: Uint8Array): boolean {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  let changed = false;
  doc.on('update', () => {
    changed = true;
  });
  Y.applyUpdate(doc, candidate);
  doc.destroy();
  return !changed;
}

function toCheckpointInfo(row: CheckpointRow): CheckpointInfo {
  return {
    id: Number(row.id),
    boardId: row.board_id,
    kind: row.kind,
    name: row.name,
    createdAt: Number(row.created_at),
    bytes: row.bytes,
  };
}

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;
type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

/** A board's restore points in PostgreSQL, through the store's own queries and transactions. */
export class PostgresCheckpoints {
  constructor(
    private readonly query: Query,
    private readonly transaction: Transaction,
    /** Called when an automatic checkpoint another relay had already taken stands for this one. */
    private readonly deduplicated: () => void,
  ) {}

  async save(boardId: string, checkpoint: NewCheckpoint): Promise<CheckpointInfo> {
    const { content, session, questions } = checkpoint.docs;
    const bytes = content.byteLength + session.byteLength + questions.byteLength;
    return this.transaction(async (client) => {
      if (checkpoint.kind === 'auto') {
        // Every relay holding the board may decide to take the same automatic checkpoint: serialise them
        // and let the newest checkpoint stand for this one when it already holds everything in it.
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CHECKPOINT_NAMESPACE, boardId]);
        const newest = await client.query<CheckpointDataRow>(
          'SELECT * FROM checkpoints WHERE board_id = $1 ORDER BY id DESC LIMIT 1',
          [boardId],
        );
        const existing = newest.rows[0];
        if (
          existing &&
          DOC_NAMES.every((doc) => updateCovers(bytesOf(existing[doc]), checkpoint.docs[doc]))
        ) {
          this.deduplicated();
          return toCheckpointInfo(existing);
        }
      }
      const { rows } = await client.query<CheckpointRow>(
        `INSERT INTO checkpoints (board_id, kind, name, created_at, bytes, content, session, questions)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${CHECKPOINT_COLUMNS}`,
        [
          boardId,
          checkpoint.kind,
          checkpoint.name,
          Date.now(),
          bytes,
          toBuffer(content),
          toBuffer(session),
          toBuffer(questions),
        ],
      );
      return toCheckpointInfo(rows[0]!);
    });
  }

  async list(boardId: string): Promise<CheckpointInfo[]> {
    const { rows } = await this.query<CheckpointRow>(
      `SELECT ${CHECKPOINT_COLUMNS} FROM checkpoints WHERE board_id = $1 ORDER BY id`,
      [boardId],
    );
    return rows.map(toCheckpointInfo);
  }

  async get(boardId: string, id: number): Promise<Checkpoint | undefined> {
    const { rows } = await this.query<CheckpointDataRow>(
      'SELECT * FROM checkpoints WHERE board_id = $1 AND id = $2',
      [boardId, id],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { ...toCheckpointInfo(row), docs: checkpointDocs(row) };
  }

  async delete(boardId: string, ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.query('DELETE FROM checkpoints WHERE board_id = $1 AND id = ANY($2::bigint[])', [
      boardId,
      [...ids],
    ]);
  }
}
