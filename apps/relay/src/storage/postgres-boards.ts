import type { PostgresQueries } from '../feedback/postgres-feedback-store';
import { type BoardRecord, boardRoomRange, boardValues, type Role } from './store';

interface BoardRow {
  id: string;
  title: string;
  created_at: string;
  facilitator_key: string;
  participant_key: string;
  observer_key: string;
}

const KEY_COLUMN: Record<Role, string> = {
  facilitator: 'facilitator_key',
  participant: 'participant_key',
  observer: 'observer_key',
};

/** The boards table of the PostgreSQL store: boards, their keys' hashes, and deleting a board whole. */
export class PostgresBoards {
  constructor(private readonly db: PostgresQueries) {}

  async create(board: BoardRecord): Promise<void> {
    await this.db.transaction(async (client) => {
      await client.query(
        'INSERT INTO boards (id, title, created_at, facilitator_key, participant_key, observer_key) VALUES ($1, $2, $3, $4, $5, $6)',
        boardValues(board),
      );
      await client.query(
        "INSERT INTO meta (key, value) VALUES ('boards_created', '1') ON CONFLICT (key) DO NOTHING",
      );
    });
  }

  async get(id: string): Promise<BoardRecord | undefined> {
    const { rows } = await this.db.query<BoardRow>('SELECT * FROM boards WHERE id = $1', [id]);
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      title: row.title,
      createdAt: Number(row.created_at),
      keyHashes: {
        facilitator: row.facilitator_key,
        participant: row.participant_key,
        observer: row.observer_key,
      },
    };
  }

  async setKeyHash(boardId: string, role: Role, keyHash: string): Promise<boolean> {
    const result = await this.db.query(`UPDATE boards SET ${KEY_COLUMN[role]} = $1 WHERE id = $2`, [
      keyHash,
      boardId,
    ]);
    return (result.rowCount ?? 0) > 0;
  }

  /** Deletes the board and everything of it: its rooms, checkpoints, blobs and feedback. */
  delete(id: string): Promise<boolean> {
    const { from, to } = boardRoomRange(id);
    return this.db.transaction(async (client) => {
      const deleted = await client.query('DELETE FROM boards WHERE id = $1', [id]);
      await client.query('DELETE FROM updates WHERE room >= $1 AND room < $2', [from, to]);
      await client.query('DELETE FROM snapshots WHERE room >= $1 AND room < $2', [from, to]);
      await client.query('DELETE FROM checkpoints WHERE board_id = $1', [id]);
      await client.query('DELETE FROM blobs WHERE board_id = $1', [id]);
      await client.query('DELETE FROM feedback_responses WHERE board_id = $1', [id]);
      await client.query('DELETE FROM feedback_links WHERE board_id = $1', [id]);
      return (deleted.rowCount ?? 0) > 0;
    });
  }

  /** True until the first board was ever created (deleting every board does not make it empty again). */
  async isEmpty(): Promise<boolean> {
    const { rows } = await this.db.query("SELECT 1 FROM meta WHERE key = 'boards_created'");
    return rows.length === 0;
  }
}
