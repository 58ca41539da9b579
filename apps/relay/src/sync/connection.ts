import { randomUUID } from 'node:crypto';
import { CloseCode } from '@journeyboard/journey';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { Metrics, RejectReason } from '../metrics';
import { TokenBucket } from '../rate-limit';
import type { DocName, Role } from '../storage/store';
import { checkPresence } from './presence-check';
import {
  type ClientMessage,
  type PresenceEntry,
  parseClientMessage,
  type RawAwarenessEntry,
} from './protocol';
import type { RoomHandle } from './room-manager';
import type { RoomPeer } from './room-peer';
import { rawSocketOf, type WireBatch } from './wire-batch';

const SEND_OPTIONS = { binary: true, compress: false } as const;

/** How long a connection holding a client id that another connection claims has to answer a ping. */
const CLAIM_PING_MS = 3000;
/** How long a consumer dropped for falling behind has to take its close frame before its socket is cut. */
const SLOW_CLOSE_GRACE_MS = 2000;

export interface ConnectionContext {
  id: number;
  boardId: string;
  doc: DocName;
  role: Role;
  address: string;
  /** The participant's identity id, proved by the `identity` token the relay issued; null when missing or invalid. */
  identity: string | null;
}

export interface ConnectionLimits {
  messagesPerSecond: number;
  awarenessPerSecond: number;
  /** Cap on one presence state's JSON (MAX_PRESENCE_BYTES). */
  maxPresenceBytes: number;
  /** What may wait unsent for this socket before it is dropped as too slow (MAX_BUFFERED_BYTES). */
  maxBufferedBytes: number;
}

/**
 * One client socket on one room. Messages that arrive while the room loads are queued and handled in
 * order once it is ready. Everything after the handshake is handled synchronously per message, so a
 * burst from one client shares the store's group commit instead of waiting one commit per update.
 *
 * Nothing a client sends can stop the relay: each message, and every continuation of it, is handled
 * inside a boundary (`guard`) that turns any unexpected error into closing this socket alone with 1011.
 */
export class SyncConnection implements RoomPeer {
  private handle: RoomHandle | null = null;
  private queue: Uint8Array[] | null = [];
  private closed = false;
  /** Settles once the socket has closed (and the connection left its room). */
  private readonly socketClosed: Promise<void>;
  private pongWaiters: (() => void)[] = [];
  /** Whether the last heartbeat's ping is still unanswered. */
  private awaitingPong = false;
  /** The latest awareness entries of a claim being checked (see `resolveClaim`). */
  private claimedAwareness: PresenceEntry[] | null = null;
  /** Bytes of sync answers handed to the socket and not yet written out (see `fellBehind`). */
  private answerBytesUnsent = 0;
  private readonly messageBucket: TokenBucket;
  private readonly awarenessBucket: TokenBucket;
  /** Where framed broadcasts are written as they are (see `rawSocketOf`), or null: through `send`. */
  private readonly tcp: { write(bytes: Uint8Array): unknown } | null;
  log: Logger;

  constructor(
    readonly socket: WebSocket,
    readonly context: ConnectionContext,
    private readonly metrics: Metrics,
    logger: Logger,
    private readonly limits: ConnectionLimits,
  ) {
    this.tcp = rawSocketOf(socket);
    const now = Date.now();
    this.messageBucket = new TokenBucket(limits.messagesPerSecond, limits.messagesPerSecond * 2, now);
    this.awarenessBucket = new TokenBucket(limits.awarenessPerSecond, limits.awarenessPerSecond * 2, now);
    this.log = logger.child({
      conn: context.id,
      board: context.boardId,
      doc: context.doc,
    });
    socket.on('message', (data, isBinary) => this.guard(() => this.onFrame(data as Buffer, isBinary)));
    socket.on('pong', () => {
      this.awaitingPong = false;
      for (const answered of this.pongWaiters.splice(0)) answered();
    });
    this.socketClosed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('error', (error: Error & { code?: string }) =>
      this.guard(() => {
        if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.reject('message_too_big', error.message);
        else this.log.warn({ err: error }, 'socket error');
      }),
    );
  }

  /** The key proved a role: from now on the connection acts, and logs, as it. */
  authorize(role: Role, identity: string | null = null): void {
    this.context.role = role;
    this.context.identity = identity;
    this.log = this.log.child({ role });
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Starts serving the room; queued messages are handled now, in arrival order. */
  attach(handle: RoomHandle): void {
    if (this.closed) return;
    this.handle = handle;
    handle.room.addPeer(this, this.context.role === 'observer');
    const queued = this.queue ?? [];
    this.queue = null;
    for (const frame of queued) {
      if (this.closed) break;
      this.guard(() => this.handleFrame(frame));
    }
  }

  /**
   * `written` runs once the frame is handed to the operating system (not if the socket closes first): a
   * sync answer, which may be a whole board at once and is not counted against `fellBehind`.
   */
  send(frame: Uint8Array, written?: () => void): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (!written && this.fellBehind()) return;
    this.metrics.bytesOut.inc(frame.byteLength);
    // A failed send surfaces as the socket's 'error' event, handled above.
    if (written) {
      this.answerBytesUnsent += frame.byteLength;
      this.socket.send(frame, SEND_OPTIONS, (error) => {
        this.answerBytesUnsent -= frame.byteLength;
        if (!error) written();
      });
    } else this.socket.send(frame, SEND_OPTIONS);
  }

  /**
   * Whether this reader fell too far behind: more than `maxBufferedBytes` of broadcasts wait unsent for it
   * (its network or its tab cannot keep up). It is then dropped with 1013 (try again later) rather than
   * buffered without bound; its client reconnects and syncs the latest state in one answer. Sync answers
   * still on their way do not count: a large board is one large answer.
   */
  private fellBehind(): boolean {
    const backlog = this.socket.bufferedAmount - this.answerBytesUnsent;
    if (backlog <= this.limits.maxBufferedBytes) return false;
    this.metrics.messagesRejected.inc({ reason: 'slow_consumer' });
    this.log.warn({ backlog }, 'connection fell behind: dropped');
    this.close(CloseCode.tryAgainLater, `too slow: ${backlog} bytes waiting`);
    // The close frame waits behind the backlog: a reader that does not take it soon is cut.
    setTimeout(() => this.socket.terminate(), SLOW_CLOSE_GRACE_MS).unref();
    return true;
  }

  sendBatch(batch: WireBatch): number {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return 0;
    if (this.fellBehind()) return 0;
    if (this.tcp) this.tcp.write(batch.wire);
    else for (const frame of batch.frames) this.socket.send(frame, SEND_OPTIONS);
    return batch.byteLength;
  }

  isResponsive(timeoutMs: number): Promise<boolean> {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return Promise.resolve(false);
    return new Promise((resolve) => {
      const answered = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.pongWaiters = this.pongWaiters.filter((waiter) => waiter !== answered);
        resolve(false);
      }, timeoutMs);
      this.pongWaiters.push(answered);
      void this.socketClosed.then(() => {
        clearTimeout(timer);
        resolve(false);
      });
      this.socket.ping();
    });
  }

  /**
   * The heartbeat: a socket that did not answer the previous ping is dropped (a laptop that went to sleep,
   * a network gone without a close), so it stops counting against the board and holding its presence.
   */
  heartbeat(): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.awaitingPong) {
      this.log.info('no answer to the last ping: connection dropped');
      void this.terminate();
      return;
    }
    this.awaitingPong = true;
    this.socket.ping();
  }

  terminate(): Promise<void> {
    this.closed = true;
    this.queue = null;
    this.socket.terminate();
    return this.socketClosed;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = null;
    this.socket.close(code, reason);
  }

  /**
   * The boundary around everything a message sets off: an unexpected error closes this socket with 1011
   * (the error is logged with an id that the close reason carries) and never reaches the event loop.
   */
  private guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.fail(error);
    }
  }

  /** `guard` for asynchronous continuations of a message. */
  private guardAsync(work: Promise<unknown>): void {
    work.catch((error: unknown) => this.fail(error));
  }

  private fail(error: unknown): void {
    const errorId = randomUUID().slice(0, 8);
    this.metrics.messagesRejected.inc({ reason: 'internal_error' });
    this.log.error({ err: error, errorId }, 'handling a message failed; the connection is closed');
    this.close(CloseCode.internalError, `internal error ${errorId}`);
  }

  private reject(reason: RejectReason, detail: string, closeCode?: number): void {
    this.metrics.messagesRejected.inc({ reason });
    this.log.warn({ reason, detail }, 'message rejected');
    if (closeCode !== undefined) this.close(closeCode, detail.slice(0, 120));
  }

  private onFrame(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    this.metrics.bytesIn.inc(data.byteLength);
    if (!isBinary) {
      this.reject('text_frame', 'text frames are not part of the protocol', CloseCode.unsupportedData);
      return;
    }
    if (!this.messageBucket.take(Date.now())) {
      this.reject('message_rate', 'too many messages per second', CloseCode.tooManyRequests);
      return;
    }
    const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.queue) this.queue.push(frame);
    else this.handleFrame(frame);
  }

  private handleFrame(frame: Uint8Array): void {
    const parsed = parseClientMessage(frame);
    if (!parsed.ok) {
      this.reject(parsed.reason, parsed.detail, CloseCode.invalidPayload);
      return;
    }
    this.handleMessage(parsed.message);
  }

  private handleMessage(message: ClientMessage): void {
    const handle = this.handle!;
    const { room } = handle;
    switch (message.type) {
      case 'sync-step-1':
        this.guardAsync(
          room.answerSyncStep1(message.stateVector).then(
            // Our own sync step 1, if still owed, once the answer has left (see Room.addPeer).
            (answer: Uint8Array) => this.send(answer, () => this.guard(() => room.sendOwedStateVector(this))),
            (error: unknown) =>
              this.reject('malformed', `bad state vector: ${String(error)}`, CloseCode.invalidPayload),
          ),
        );
        return;
      case 'sync-step-2':
      case 'update':
        this.handleUpdate(handle, message.update);
        return;
      case 'awareness': {
        if (!this.awarenessBucket.take(Date.now())) {
          // Cursors are ephemeral: dropping a burst is harmless, the next move carries the state again.
          this.metrics.messagesRejected.inc({ reason: 'awareness_rate' });
          return;
        }
        this.applyAwareness(handle, message.entries);
        return;
      }
      case 'query-awareness': {
        const snapshot = room.awarenessSnapshot();
        if (snapshot) this.send(snapshot);
        return;
      }
      case 'auth':
        return;
    }
  }

  /**
   * Presence is checked on arrival (size, then shape: `checkPresence`); a bad state closes this socket
   * (1009 too big, 1007 malformed or presenting another role) and goes to nobody.
   */
  private applyAwareness(handle: RoomHandle, raw: RawAwarenessEntry[]): void {
    const checked = checkPresence(raw, this.limits.maxPresenceBytes);
    if (!checked.ok) {
      const code = checked.reason === 'presence_too_big' ? CloseCode.messageTooBig : CloseCode.invalidPayload;
      this.reject(checked.reason, checked.detail, code);
      return;
    }
    const entries = checked.entries;
    if (this.claimedAwareness) {
      // A claim is being checked: its outcome applies the latest state.
      this.claimedAwareness = entries;
      return;
    }
    const result = handle.room.applyAwareness(this, entries, this.context.role, this.context.identity);
    if (result.kind === 'contested') {
      this.claimedAwareness = entries;
      this.guardAsync(this.resolveClaim(handle, result.holder));
    } else if (result.kind !== 'ok') this.refuseAwareness(result.kind);
  }

  private refuseAwareness(kind: 'foreign_client' | 'wrong_role' | 'contested'): void {
    if (kind === 'wrong_role') {
      this.reject(
        'presence_invalid',
        'presence user.role is not this connection’s role',
        CloseCode.invalidPayload,
      );
    } else this.reject('awareness_foreign_client', 'awareness for another client id', CloseCode.forbidden);
  }

  /**
   * This connection claims a client id another one holds. A client that reconnects before its old socket
   * is known to be closed does exactly that, so the holder is asked: if it does not answer a ping it is
   * gone and dropped, and the id passes to this connection; if it answers and still holds the id, this
   * connection is changing someone else's presence and is refused.
   */
  private async resolveClaim(handle: RoomHandle, holder: RoomPeer): Promise<void> {
    if (!(await holder.isResponsive(CLAIM_PING_MS))) await holder.terminate();
    const entries = this.claimedAwareness ?? [];
    this.claimedAwareness = null;
    if (this.closed) return;
    const result = handle.room.applyAwareness(this, entries, this.context.role, this.context.identity);
    if (result.kind !== 'ok') this.refuseAwareness(result.kind);
  }

  /**
   * Every update is judged against the board's declared rules (authority/update-judge.ts) with the
   * sender's role and relay-issued identity and the session's lock and phase. A refused update is taken
   * whole or not at all: nothing of it is stored or sent on, and the sender is closed with 4422 and the
   * reason's code and path, so its client drops its copy and syncs again.
   */
  private handleUpdate(handle: RoomHandle, update: Uint8Array): void {
    const { role, doc, identity } = this.context;
    const context = { actor: { role, identity }, session: handle.session.sessionPermissions() };
    const result = handle.room.applyFromPeer(this, update, context);
    if (typeof result === 'object') {
      const { code, path } = result.refused;
      this.metrics.updatesRefused.inc({ role, doc, code });
      this.log.warn({ code, path }, 'update refused');
      this.close(CloseCode.updateRefused, `${code} ${path}`.trim().slice(0, 120));
    } else if (result === 'invalid')
      this.reject('invalid_update', 'not a valid Yjs update', CloseCode.invalidPayload);
    else if (result === 'too_large') {
      this.reject('doc_too_large', 'the document is over its size limit', CloseCode.documentTooLarge);
    } else if (result === 'unavailable') {
      this.reject('storage_error', 'storage unavailable; retry later', CloseCode.tryAgainLater);
    }
  }

  /** Called once the socket has closed: leaves the room. */
  detach(): RoomHandle | null {
    this.closed = true;
    const handle = this.handle;
    this.handle = null;
    try {
      if (handle) handle.room.removePeer(this);
    } catch (error) {
      // Runs from the socket's 'close' event: an error here must not reach the event loop.
      this.log.error({ err: error }, 'leaving the room failed');
    }
    return handle;
  }
}
