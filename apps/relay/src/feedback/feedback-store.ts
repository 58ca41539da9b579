import type { FeedbackLinkState } from '@journeyboard/journey';

/**
 * Customers' feedback as the relay stores it (issue 19), outside the board's Yjs documents: links and
 * responses in two tables of the same database as the board (SQLite or PostgreSQL, both behind this
 * interface; `Store.feedback`). A link is a random token; rotating a link retires its token (`rotated`)
 * and creates a new one, so responses keep the token they came through.
 */

/** A link's stored state: the public states, plus `rotated` for a token replaced by a newer one. */
export type StoredLinkState = FeedbackLinkState | 'rotated';

export interface FeedbackLinkRecord {
  token: string;
  boardId: string;
  journeyId: string;
  state: StoredLinkState;
  createdAt: number;
}

/** Where a response's comment stands with the facilitator. */
export type CommentState = 'none' | 'pending' | 'accepted' | 'discarded';

export interface FeedbackResponseRecord {
  id: string;
  boardId: string;
  linkToken: string;
  /** The browser's random id (its cookie): one response per browser and link, replaced when sent again. */
  browserId: string;
  ratings: { stepId: string; score: number }[];
  comment: string;
  commentState: CommentState;
  /** Milliseconds since the epoch of the latest submission. */
  submittedAt: number;
}

/** A response's ratings with the link's journey, for aggregation. */
export interface StoredRatings {
  journeyId: string;
  ratings: { stepId: string; score: number }[];
  submittedAt: number;
}

export interface FeedbackStore {
  createLink(link: FeedbackLinkRecord): Promise<void>;
  getLink(token: string): Promise<FeedbackLinkRecord | undefined>;
  /** The board's links, newest first (rotated ones included). */
  listLinks(boardId: string): Promise<FeedbackLinkRecord[]>;
  setLinkState(token: string, state: StoredLinkState): Promise<boolean>;
  /**
   * Stores a browser's response on a link, replacing its earlier one (same id). The comment goes back to
   * `pending` when its text changed (`none` when empty); an unchanged comment keeps its state.
   */
  putResponse(response: Omit<FeedbackResponseRecord, 'id' | 'commentState'> & { newId: string }): Promise<{
    id: string;
    replaced: boolean;
  }>;
  getResponse(linkToken: string, browserId: string): Promise<FeedbackResponseRecord | undefined>;
  /** Every response of the board (all links), for the aggregates. */
  listRatings(boardId: string): Promise<StoredRatings[]>;
  /** Responses per link token of the board. */
  countByLink(boardId: string): Promise<Map<string, number>>;
  /** Responses with a comment in this state, oldest first, with their link's journey. */
  listComments(
    boardId: string,
    state: CommentState,
  ): Promise<(FeedbackResponseRecord & { journeyId: string })[]>;
  /** Moves a pending comment to `accepted` or `discarded`; false when it is not pending on this board. */
  decideComment(boardId: string, id: string, state: 'accepted' | 'discarded'): Promise<boolean>;
  deleteBoard(boardId: string): Promise<void>;
}

export function commentStateFor(
  comment: string,
  previous: { comment: string; commentState: CommentState } | undefined,
): CommentState {
  if (comment === '') return 'none';
  if (previous && previous.comment === comment) return previous.commentState;
  return 'pending';
}
