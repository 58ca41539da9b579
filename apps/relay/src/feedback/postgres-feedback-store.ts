import type pg from 'pg';
import type {
  CommentState,
  FeedbackLinkRecord,
  FeedbackResponseRecord,
  FeedbackStore,
  StoredLinkState,
  StoredRatings,
} from './feedback-store';
import { linkFromRow, parseRatings, responseFromRow } from './sqlite-feedback-store';

/** The PostgreSQL schema of the feedback tables (migration 2 of postgres-migrations.ts). */
export const POSTGRES_FEEDBACK_SCHEMA = `
CREATE TABLE feedback_links (
  token text PRIMARY KEY,
  board_id text NOT NULL,
  journey_id text NOT NULL,
  state text NOT NULL CHECK (state IN ('open', 'paused', 'closed', 'rotated')),
  created_at bigint NOT NULL
);
CREATE INDEX feedback_links_by_board ON feedback_links (board_id, created_at);
CREATE TABLE feedback_responses (
  id text PRIMARY KEY,
  board_id text NOT NULL,
  link_token text NOT NULL,
  browser_id text NOT NULL,
  ratings text NOT NULL,
  comment text NOT NULL,
  comment_state text NOT NULL CHECK (comment_state IN ('none', 'pending', 'accepted', 'discarded')),
  submitted_at bigint NOT NULL,
  UNIQUE (link_token, browser_id)
);
CREATE INDEX feedback_responses_by_board ON feedback_responses (board_id, comment_state);
`;

/** What the feedback tables need of the PostgreSQL store (its pool, with its reachability bookkeeping). */
export interface PostgresQueries {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>;
}

export class PostgresFeedbackStore implements FeedbackStore {
  constructor(private readonly db: PostgresQueries) {}

  async createLink(link: FeedbackLinkRecord): Promise<void> {
    await this.db.query(
      'INSERT INTO feedback_links (token, board_id, journey_id, state, created_at) VALUES ($1, $2, $3, $4, $5)',
      [link.token, link.boardId, link.journeyId, link.state, link.createdAt],
    );
  }

  async getLink(token: string): Promise<FeedbackLinkRecord | undefined> {
    const { rows } = await this.db.query('SELECT * FROM feedback_links WHERE token = $1', [token]);
    return rows[0] ? linkFromRow(rows[0] as Parameters<typeof linkFromRow>[0]) : undefined;
  }

  async listLinks(boardId: string): Promise<FeedbackLinkRecord[]> {
    const { rows } = await this.db.query(
      'SELECT * FROM feedback_links WHERE board_id = $1 ORDER BY created_at DESC, token',
      [boardId],
    );
    return rows.map((row) => linkFromRow(row as Parameters<typeof linkFromRow>[0]));
  }

  async setLinkState(token: string, state: StoredLinkState): Promise<boolean> {
    const result = await this.db.query('UPDATE feedback_links SET state = $1 WHERE token = $2', [
      state,
      token,
    ]);
    return (result.rowCount ?? 0) > 0;
  }

  async putResponse(
    response: Omit<FeedbackResponseRecord, 'id' | 'commentState'> & { newId: string },
  ): Promise<{ id: string; replaced: boolean }> {
    // One statement: two submissions of the same browser at once cannot both insert. An unchanged
    // comment keeps its state; a changed one is pending again (none when empty), as commentStateFor.
    const { rows } = await this.db.query<{ id: string; replaced: boolean }>(
      `INSERT INTO feedback_responses
         (id, board_id, link_token, browser_id, ratings, comment, comment_state, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (link_token, browser_id) DO UPDATE SET
         ratings = EXCLUDED.ratings,
         comment = EXCLUDED.comment,
         comment_state = CASE
           WHEN EXCLUDED.comment = '' THEN 'none'
           WHEN feedback_responses.comment = EXCLUDED.comment THEN feedback_responses.comment_state
           ELSE 'pending' END,
         submitted_at = EXCLUDED.submitted_at
       RETURNING id, (xmax <> 0) AS replaced`,
      [
        response.newId,
        response.boardId,
        response.linkToken,
        response.browserId,
        JSON.stringify(response.ratings),
        response.comment,
        response.comment === '' ? 'none' : 'pending',
        response.submittedAt,
      ],
    );
    const row = rows[0];
    if (!row) throw new Error('storing the response returned nothing');
    return { id: row.id, replaced: row.replaced };
  }

  async getResponse(linkToken: string, browserId: string): Promise<FeedbackResponseRecord | undefined> {
    const { rows } = await this.db.query(
      'SELECT * FROM feedback_responses WHERE link_token = $1 AND browser_id = $2',
      [linkToken, browserId],
    );
    return rows[0] ? responseFromRow(rows[0] as Parameters<typeof responseFromRow>[0]) : undefined;
  }

  async listRatings(boardId: string): Promise<StoredRatings[]> {
    const { rows } = await this.db.query<{ ratings: string; submitted_at: string; journey_id: string }>(
      'SELECT r.ratings, r.submitted_at, l.journey_id FROM feedback_responses r JOIN feedback_links l ON l.token = r.link_token WHERE r.board_id = $1',
      [boardId],
    );
    return rows.map((row) => ({
      journeyId: row.journey_id,
      ratings: parseRatings(row.ratings),
      submittedAt: Number(row.submitted_at),
    }));
  }

  async countByLink(boardId: string): Promise<Map<string, number>> {
    const { rows } = await this.db.query<{ link_token: string; n: string }>(
      'SELECT link_token, COUNT(*) AS n FROM feedback_responses WHERE board_id = $1 GROUP BY link_token',
      [boardId],
    );
    return new Map(rows.map((row) => [row.link_token, Number(row.n)]));
  }

  async listComments(
    boardId: string,
    state: CommentState,
  ): Promise<(FeedbackResponseRecord & { journeyId: string })[]> {
    const { rows } = await this.db.query(
      'SELECT r.*, l.journey_id FROM feedback_responses r JOIN feedback_links l ON l.token = r.link_token WHERE r.board_id = $1 AND r.comment_state = $2 ORDER BY r.submitted_at, r.id',
      [boardId, state],
    );
    return rows.map((row) => ({
      ...responseFromRow(row as Parameters<typeof responseFromRow>[0]),
      journeyId: String(row.journey_id),
    }));
  }

  async decideComment(boardId: string, id: string, state: 'accepted' | 'discarded'): Promise<boolean> {
    const result = await this.db.query(
      "UPDATE feedback_responses SET comment_state = $1 WHERE board_id = $2 AND id = $3 AND comment_state = 'pending'",
      [state, boardId, id],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async deleteBoard(boardId: string): Promise<void> {
    await this.db.transaction(async (client) => {
      await client.query('DELETE FROM feedback_responses WHERE board_id = $1', [boardId]);
      await client.query('DELETE FROM feedback_links WHERE board_id = $1', [boardId]);
    });
  }
}
