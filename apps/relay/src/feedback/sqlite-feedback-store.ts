import type Database from 'better-sqlite3';
import {
  type CommentState,
  commentStateFor,
  type FeedbackLinkRecord,
  type FeedbackResponseRecord,
  type FeedbackStore,
  type StoredLinkState,
  type StoredRatings,
} from './feedback-store';

export const SQLITE_FEEDBACK_SCHEMA = `
CREATE TABLE IF NOT EXISTS feedback_links (
  token TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  journey_id TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_links_by_board ON feedback_links (board_id, created_at);
CREATE TABLE IF NOT EXISTS feedback_responses (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  link_token TEXT NOT NULL,
  browser_id TEXT NOT NULL,
  ratings TEXT NOT NULL,
  comment TEXT NOT NULL,
  comment_state TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  UNIQUE (link_token, browser_id)
);
CREATE INDEX IF NOT EXISTS feedback_responses_by_board ON feedback_responses (board_id, comment_state);
`;

interface LinkRow {
  token: string;
  board_id: string;
  journey_id: string;
  state: StoredLinkState;
  created_at: number;
}

interface ResponseRow {
  id: string;
  board_id: string;
  link_token: string;
  browser_id: string;
  ratings: string;
  comment: string;
  comment_state: CommentState;
  submitted_at: number;
  journey_id?: string;
}

export function linkFromRow(row: LinkRow): FeedbackLinkRecord {
  return {
    token: row.token,
    boardId: row.board_id,
    journeyId: row.journey_id,
    state: row.state,
    createdAt: Number(row.created_at),
  };
}

/** Ratings as stored (JSON written by the relay itself; anything else reads as none). */
export function parseRatings(text: string): { stepId: string; score: number }[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? (value as { stepId: string; score: number }[]) : [];
  } catch {
    return [];
  }
}

export function responseFromRow(row: ResponseRow): FeedbackResponseRecord {
  return {
    id: row.id,
    boardId: row.board_id,
    linkToken: row.link_token,
    browserId: row.browser_id,
    ratings: parseRatings(row.ratings),
    comment: row.comment,
    commentState: row.comment_state,
    submittedAt: Number(row.submitted_at),
  };
}

/** The feedback tables in the relay's SQLite file (created with the store's schema). */
export class SqliteFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Database.Database) {
    db.exec(SQLITE_FEEDBACK_SCHEMA);
  }

  async createLink(link: FeedbackLinkRecord): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO feedback_links (token, board_id, journey_id, state, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(link.token, link.boardId, link.journeyId, link.state, link.createdAt);
  }

  async getLink(token: string): Promise<FeedbackLinkRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM feedback_links WHERE token = ?').get(token) as
      | LinkRow
      | undefined;
    return row ? linkFromRow(row) : undefined;
  }

  async listLinks(boardId: string): Promise<FeedbackLinkRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM feedback_links WHERE board_id = ? ORDER BY created_at DESC, rowid DESC')
      .all(boardId) as LinkRow[];
    return rows.map(linkFromRow);
  }

  async setLinkState(token: string, state: StoredLinkState): Promise<boolean> {
    return (
      this.db.prepare('UPDATE feedback_links SET state = ? WHERE token = ?').run(state, token).changes > 0
    );
  }

  async putResponse(
    response: Omit<FeedbackResponseRecord, 'id' | 'commentState'> & { newId: string },
  ): Promise<{ id: string; replaced: boolean }> {
    return this.db.transaction(() => {
      const previous = this.db
        .prepare('SELECT * FROM feedback_responses WHERE link_token = ? AND browser_id = ?')
        .get(response.linkToken, response.browserId) as ResponseRow | undefined;
      const state = commentStateFor(
        response.comment,
        previous && { comment: previous.comment, commentState: previous.comment_state },
      );
      const ratings = JSON.stringify(response.ratings);
      if (previous) {
        this.db
          .prepare(
            'UPDATE feedback_responses SET ratings = ?, comment = ?, comment_state = ?, submitted_at = ? WHERE id = ?',
          )
          .run(ratings, response.comment, state, response.submittedAt, previous.id);
        return { id: previous.id, replaced: true };
      }
      this.db
        .prepare(
          'INSERT INTO feedback_responses (id, board_id, link_token, browser_id, ratings, comment, comment_state, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          response.newId,
          response.boardId,
          response.linkToken,
          response.browserId,
          ratings,
          response.comment,
          state,
          response.submittedAt,
        );
      return { id: response.newId, replaced: false };
    })();
  }

  async getResponse(linkToken: string, browserId: string): Promise<FeedbackResponseRecord | undefined> {
    const row = this.db
      .prepare('SELECT * FROM feedback_responses WHERE link_token = ? AND browser_id = ?')
      .get(linkToken, browserId) as ResponseRow | undefined;
    return row ? responseFromRow(row) : undefined;
  }

  async listRatings(boardId: string): Promise<StoredRatings[]> {
    const rows = this.db
      .prepare(
        'SELECT r.ratings, r.submitted_at, l.journey_id FROM feedback_responses r JOIN feedback_links l ON l.token = r.link_token WHERE r.board_id = ?',
      )
      .all(boardId) as { ratings: string; submitted_at: number; journey_id: string }[];
    return rows.map((row) => ({
      journeyId: row.journey_id,
      ratings: parseRatings(row.ratings),
      submittedAt: Number(row.submitted_at),
    }));
  }

  async countByLink(boardId: string): Promise<Map<string, number>> {
    const rows = this.db
      .prepare(
        'SELECT link_token, COUNT(*) AS n FROM feedback_responses WHERE board_id = ? GROUP BY link_token',
      )
      .all(boardId) as { link_token: string; n: number }[];
    return new Map(rows.map((row) => [row.link_token, Number(row.n)]));
  }

  async listComments(
    boardId: string,
    state: CommentState,
  ): Promise<(FeedbackResponseRecord & { journeyId: string })[]> {
    const rows = this.db
      .prepare(
        'SELECT r.*, l.journey_id FROM feedback_responses r JOIN feedback_links l ON l.token = r.link_token WHERE r.board_id = ? AND r.comment_state = ? ORDER BY r.submitted_at, r.id',
      )
      .all(boardId, state) as ResponseRow[];
    return rows.map((row) => ({ ...responseFromRow(row), journeyId: row.journey_id ?? '' }));
  }

  async decideComment(boardId: string, id: string, state: 'accepted' | 'discarded'): Promise<boolean> {
    const result = this.db
      .prepare(
        "UPDATE feedback_responses SET comment_state = ? WHERE board_id = ? AND id = ? AND comment_state = 'pending'",
      )
      .run(state, boardId, id);
    return result.changes > 0;
  }

  async deleteBoard(boardId: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM feedback_responses WHERE board_id = ?').run(boardId);
      this.db.prepare('DELETE FROM feedback_links WHERE board_id = ?').run(boardId);
    })();
  }
}
