import {
  type Ballots,
  castRatingBallot,
  type OwnBallots,
  ownBallots,
  publishBallotResults,
  type RatingBallotBody,
  readBallots,
  type SessionSnapshot,
  setDotBallot,
  tallyBallots,
  withdrawRatingBallot,
} from '@journeyboard/journey';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { RELAY_ORIGIN } from '../boards/board-service';
import type { Store } from '../storage/store';
import type { Room } from '../sync/room';
import type { RoomManager } from '../sync/room-manager';
import { type BallotRefusal, checkDots, checkRating, type Voter } from './ballot-rules';

/** The relay-private room of a board's ballots; no client can connect to it (not a document name). */
export function ballotRoom(boardId: string): string {
  return `${boardId}/ballots`;
}

/** Past this many log entries the ballot room's log is merged into a snapshot. */
const COMPACT_AFTER = 200;

export type BallotOutcome<T> = { ok: true; value: T } | { ok: false; refusal: BallotRefusal };

/**
 * Participants' ratings and dots, held by the relay: each change is checked (ballot-rules.ts), stored in
 * the board's ballot room through the Store (so SQLite and PostgreSQL both keep it, and every relay of a
 * cluster reads the same), then the aggregates are published into the session document. Changes to one
 * board run one at a time, each on the ballots as stored.
 */
export class BallotService {
  private readonly queues = new Map<string, Promise<unknown>>();
  /** The session state results were last published for, per board (see `sessionChanged`). */
  private readonly published = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly rooms: RoomManager,
    private readonly logger: Logger,
  ) {}

  own(boardId: string, voter: Voter): Promise<OwnBallots> {
    return this.serial(boardId, async () => ownBallots(readBallots(await this.load(boardId)), voter.id));
  }

  rate(
    boardId: string,
    voter: Voter,
    stepId: string,
    body: RatingBallotBody,
  ): Promise<BallotOutcome<OwnBallots>> {
    return this.change(boardId, voter, (doc, session) => {
      const refusal = checkRating(voter, session);
      if (refusal) return refusal;
      castRatingBallot(doc, voter.id, stepId, body, session.ratingsNamed, RELAY_ORIGIN);
      return null;
    });
  }

  withdraw(boardId: string, voter: Voter, stepId: string): Promise<BallotOutcome<OwnBallots>> {
    return this.change(boardId, voter, (doc, session) => {
      const refusal = checkRating(voter, session);
      if (refusal) return refusal;
      withdrawRatingBallot(doc, voter.id, stepId, RELAY_ORIGIN);
      return null;
    });
  }

  setDots(
    boardId: string,
    voter: Voter,
    roundId: string,
    targetIds: readonly string[],
  ): Promise<BallotOutcome<OwnBallots>> {
    return this.change(boardId, voter, (doc, session) => {
      const refusal = checkDots(voter, session, roundId, targetIds);
      if (refusal) return refusal;
      setDotBallot(doc, voter.id, roundId, targetIds, RELAY_ORIGIN);
      return null;
    });
  }

  /**
   * A connection changed the session (a reveal, a round closed, …): publishes the results again when
   * anything they depend on changed. Runs after the board's pending ballot changes.
   */
  sessionChanged(room: Room): void {
    const boardId = room.name.slice(0, room.name.indexOf('/'));
    const key = resultsKey(room.readSession());
    if (this.published.get(boardId) === key) return;
    void this.serial(boardId, async () => {
      const ballots = readBallots(await this.load(boardId));
      await this.withSession(boardId, (session) => this.publish(session, ballots));
    }).catch((error: unknown) =>
      this.logger.error({ err: error, board: boardId }, 'publishing ballot results failed'),
    );
  }

  private change(
    boardId: string,
    voter: Voter,
    apply: (doc: Y.Doc, session: SessionSnapshot) => BallotRefusal | null,
  ): Promise<BallotOutcome<OwnBallots>> {
    return this.serial(boardId, async () => {
      const doc = await this.load(boardId);
      return this.withSession(boardId, async (session) => {
        const updates: Uint8Array[] = [];
        doc.on('update', (update: Uint8Array) => updates.push(update));
        const refusal = apply(doc, session.readSession());
        if (refusal) return { ok: false as const, refusal };
        for (const update of updates) await this.store.appendUpdate(ballotRoom(boardId), update);
        const ballots = readBallots(doc);
        this.publish(session, ballots);
        return { ok: true as const, value: ownBallots(ballots, voter.id) };
      });
    });
  }

  /** Writes the results for these ballots into the session room (nothing when they are unchanged). */
  private publish(session: Room, ballots: Ballots): void {
    const state = session.readSession();
    const boardId = session.name.slice(0, session.name.indexOf('/'));
    session.writeSession((doc) => publishBallotResults(doc, tallyBallots(ballots, state), RELAY_ORIGIN));
    this.published.set(boardId, resultsKey(state));
  }

  private async withSession<T>(boardId: string, use: (session: Room) => T | Promise<T>): Promise<T> {
    const handle = await this.rooms.acquire(boardId, 'session');
    try {
      return await use(handle.session);
    } finally {
      this.rooms.release(boardId, 'session');
    }
  }

  /** The board's ballots as stored (compacting a long log on the way). */
  private async load(boardId: string): Promise<Y.Doc> {
    const room = ballotRoom(boardId);
    const stored = await this.store.loadRoom(room);
    const doc = new Y.Doc();
    const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    Y.transact(doc, () => {
      for (const part of parts) Y.applyUpdate(doc, part);
    });
    if (stored.updates.length >= COMPACT_AFTER) {
      await this.store.compactRoom(room, Y.encodeStateAsUpdate(doc), stored.lastSeq);
    }
    return doc;
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

/** What the published results depend on in the session: visibility and each round's status. */
function resultsKey(session: SessionSnapshot): string {
  return JSON.stringify([
    session.ratingVisibility,
    session.rounds.map((r) => [r.id, r.status, r.votesPerPerson]),
  ]);
}
