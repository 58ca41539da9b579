import { randomBytes } from 'node:crypto';
import {
  aggregateFeedback,
  type FeedbackForm,
  type FeedbackLinkAction,
  type FeedbackLinkInfo,
  type FeedbackSubmission,
  type MeasuredRating,
  type PendingComment,
  publishFeedbackResults,
  readFeedbackRevision,
} from '@journeyboard/journey';
import type { Logger } from 'pino';
import { RELAY_ORIGIN } from '../boards/board-service';
import type { Store } from '../storage/store';
import type { RoomManager } from '../sync/room-manager';
import type { FeedbackLinkRecord } from './feedback-store';
import type { JourneyOutlines } from './journey-steps';

/** A refusal: the HTTP status, a sentence for the page, the link's state or the input's path when they apply. */
export type FeedbackRefusal = { status: number; message: string; state?: string; path?: string };
export type FeedbackOutcome<T> = { ok: true; value: T } | { ok: false; refusal: FeedbackRefusal };

const refuse = (
  status: number,
  message: string,
  state?: string,
): { ok: false; refusal: FeedbackRefusal } => ({
  ok: false,
  refusal: state === undefined ? { status, message } : { status, message, state },
});

/** A random 128-bit token, URL-safe. */
export function randomToken(): string {
  return randomBytes(16).toString('base64url');
}

const MOVES: Record<FeedbackLinkAction, readonly string[]> = {
  pause: ['open'],
  resume: ['paused'],
  close: ['open', 'paused'],
  rotate: ['open', 'paused'],
};

/**
 * Customers' feedback links and responses (issue 19). Responses are stored by the relay (Store.feedback);
 * after every change the board's aggregates (histograms per step and day, the response count) are
 * recomputed from the stored responses and written into relay-owned maps of the session document, like
 * the ballot results (`Room.writeSession`), so every board shows them live. Changes of one board run one
 * at a time.
 */
export class FeedbackService {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly rooms: RoomManager,
    private readonly outlines: JourneyOutlines,
    private readonly logger: Logger,
  ) {}

  private get db() {
    return this.store.feedback;
  }

  async links(boardId: string): Promise<FeedbackLinkInfo[]> {
    const [links, counts] = await Promise.all([this.db.listLinks(boardId), this.db.countByLink(boardId)]);
    return links.filter((l) => l.state !== 'rotated').map((l) => info(l, counts.get(l.token) ?? 0));
  }

  /** The journey's current link (open or paused), or a new open one. */
  async createLink(boardId: string, journeyId: string): Promise<FeedbackOutcome<FeedbackLinkInfo>> {
    if (!(await this.outlines.get(boardId, journeyId, true)))
      return refuse(404, 'the board has no such journey');
    return this.serial(boardId, async () => {
      const current = (await this.db.listLinks(boardId)).find(
        (l) => l.journeyId === journeyId && (l.state === 'open' || l.state === 'paused'),
      );
      if (current)
        return { ok: true as const, value: info(current, await this.countOf(boardId, current.token)) };
      const link: FeedbackLinkRecord = {
        token: randomToken(),
        boardId,
        journeyId,
        state: 'open',
        createdAt: Date.now(),
      };
      await this.db.createLink(link);
      return { ok: true as const, value: info(link, 0) };
    });
  }

  /** Pauses, resumes, closes or rotates a link of this board. */
  act(
    boardId: string,
    token: string,
    action: FeedbackLinkAction,
  ): Promise<FeedbackOutcome<FeedbackLinkInfo>> {
    return this.serial(boardId, async () => {
      const link = await this.db.getLink(token);
      if (!link || link.boardId !== boardId) return refuse(404, 'no such feedback link on this board');
      if (!MOVES[action].includes(link.state))
        return refuse(409, `a ${link.state} link cannot be ${action}d`);
      if (action === 'rotate') {
        const next: FeedbackLinkRecord = { ...link, token: randomToken(), createdAt: Date.now() };
        await this.db.createLink(next);
        await this.db.setLinkState(link.token, 'rotated');
        return { ok: true as const, value: info(next, 0) };
      }
      const state = action === 'pause' ? 'paused' : action === 'resume' ? 'open' : 'closed';
      await this.db.setLinkState(token, state);
      return { ok: true as const, value: info({ ...link, state }, await this.countOf(boardId, token)) };
    });
  }

  /** What the public page shows for a link, with this browser's earlier response. */
  async form(token: string, browserId: string | null): Promise<FeedbackOutcome<FeedbackForm>> {
    const link = await this.usableLink(token);
    if (!link.ok) return link;
    const outline = await this.outlines.get(link.value.boardId, link.value.journeyId);
    if (!outline) return refuse(410, 'This feedback link no longer points to a journey.', 'closed');
    const own = browserId ? await this.db.getResponse(token, browserId) : undefined;
    const state = link.value.state === 'paused' ? 'paused' : 'open';
    return {
      ok: true,
      value: {
        state,
        title: outline.title,
        steps: outline.steps,
        own: own ? { ratings: own.ratings, comment: own.comment } : null,
      },
    };
  }

  /** Stores a browser's response (replacing its earlier one on this link) and publishes the aggregates. */
  async submit(
    token: string,
    browserId: string,
    body: FeedbackSubmission,
  ): Promise<FeedbackOutcome<{ replaced: boolean }>> {
    const found = await this.usableLink(token);
    if (!found.ok) return found;
    const link = found.value;
    if (link.state === 'paused')
      return refuse(423, 'This feedback link is paused for now; try again later.', 'paused');
    let outline = await this.outlines.get(link.boardId, link.journeyId);
    const known = () => new Set(outline?.steps.map((s) => s.id));
    if (body.ratings.some((r) => !known().has(r.stepId)) && this.outlines.ageMs(link.boardId) > 1000) {
      outline = await this.outlines.get(link.boardId, link.journeyId, true);
    }
    const steps = known();
    const unknown = body.ratings.findIndex((r) => !steps.has(r.stepId));
    if (unknown >= 0) {
      const path = `ratings[${unknown}].stepId`;
      return { ok: false, refusal: { status: 400, message: 'that step is not part of this journey', path } };
    }
    return this.serial(link.boardId, async () => {
      const stored = await this.db.putResponse({
        newId: randomToken(),
        boardId: link.boardId,
        linkToken: token,
        browserId,
        ratings: body.ratings,
        comment: body.comment,
        submittedAt: Date.now(),
      });
      await this.publish(link.boardId);
      return { ok: true as const, value: { replaced: stored.replaced } };
    });
  }

  async pendingComments(boardId: string): Promise<PendingComment[]> {
    const rows = await this.db.listComments(boardId, 'pending');
    return rows.map((r) => ({
      id: r.id,
      text: r.comment,
      journeyId: r.journeyId,
      ratings: r.ratings,
      submittedAt: r.submittedAt,
    }));
  }

  /** Accepts (the facilitator's client wrote it as a note) or discards a pending comment. */
  decide(boardId: string, id: string, state: 'accepted' | 'discarded'): Promise<boolean> {
    return this.serial(boardId, async () => {
      const changed = await this.db.decideComment(boardId, id, state);
      if (changed) await this.publish(boardId);
      return changed;
    });
  }

  /** Every stored response of the board as ratings with their time. */
  async ratings(boardId: string): Promise<MeasuredRating[]> {
    const out: MeasuredRating[] = [];
    for (const response of await this.db.listRatings(boardId)) {
      for (const r of response.ratings)
        out.push({ stepId: r.stepId, score: r.score, at: response.submittedAt });
    }
    return out;
  }

  forgetBoard(boardId: string): void {
    this.outlines.forget(boardId);
  }

  /** Recomputes the board's aggregates from the stored responses and writes them into its session. */
  private async publish(boardId: string): Promise<void> {
    const responses = await this.db.listRatings(boardId);
    const ratings: MeasuredRating[] = [];
    for (const response of responses) {
      for (const r of response.ratings)
        ratings.push({ stepId: r.stepId, score: r.score, at: response.submittedAt });
    }
    const cells = aggregateFeedback(ratings);
    const handle = await this.rooms.acquire(boardId, 'session');
    try {
      const result = handle.session.writeSession((doc) => {
        // Grows with every publication, also across relays sharing the store (the largest one wins).
        const stored = readFeedbackRevision(doc);
        const revision = Math.max(stored + 1, Date.now());
        publishFeedbackResults(doc, { cells, responses: responses.length, revision }, RELAY_ORIGIN);
      });
      if (result === 'unavailable') {
        this.logger.warn({ board: boardId }, 'feedback aggregates not published: storage unavailable');
      }
    } finally {
      this.rooms.release(boardId, 'session');
    }
  }

  private async countOf(boardId: string, token: string): Promise<number> {
    return (await this.db.countByLink(boardId)).get(token) ?? 0;
  }

  /** The link behind a token, refused when unknown, rotated or closed (with the page's state). */
  private async usableLink(token: string): Promise<FeedbackOutcome<FeedbackLinkRecord>> {
    const link = await this.db.getLink(token);
    if (!link)
      return refuse(
        404,
        'There is no feedback link at this address. Check the link or the QR code.',
        'unknown',
      );
    if (link.state === 'rotated') {
      return refuse(410, 'This feedback link was replaced by a new one. Ask for the new link.', 'rotated');
    }
    if (link.state === 'closed')
      return refuse(410, 'This feedback link is closed: it no longer takes responses.', 'closed');
    if (!(await this.store.getBoard(link.boardId)))
      return refuse(410, 'This feedback link is closed.', 'closed');
    return { ok: true, value: link };
  }

  private serial<T>(boardId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(boardId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(boardId, settled);
    void settled.then(() => {
      if (this.queues.get(boardId) === settled) this.queues.delete(boardId);
    });
    return next;
  }
}

function info(link: FeedbackLinkRecord, responses: number): FeedbackLinkInfo {
  return {
    token: link.token,
    journeyId: link.journeyId,
    state: link.state === 'rotated' ? 'closed' : link.state,
    createdAt: link.createdAt,
    responses,
  };
}
