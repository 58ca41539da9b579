import { CloseCode } from '@journeyboard/journey';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { Metrics, RejectReason } from '../metrics';
import { TokenBucket } from '../rate-limit';
import type { DocName, Role } from '../storage/store';
import { canWrite } from './permissions';
import { type AwarenessEntry, type ClientMessage, parseClientMessage } from './protocol';
import type { RoomPeer } from './room';
import type { RoomHandle } from './room-manager';

const SEND_OPTIONS = { binary: true, compress: false } as const;
/** How long a connection holding a client id that another connection claims has to answer a ping. */
const CLAIM_PING_MS = 3000;

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
}

/**
 * One client socket on one room. Messages that arrive while the room loads are queued and handled in
 * order once it is ready. Everything after the handshake is handled synchronously per message, so a
 * burst from one client shares the store's group commit instead of waiting one commit per update.
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
  private claimedAwareness: AwarenessEntry[] | null = null;
  private readonly messageBucket: TokenBucket;
  private readonly awarenessBucket: TokenBucket;
  log: Logger;

  constructor(
    readonly socket: WebSocket,
    readonly context: ConnectionContext,
    private readonly metrics: Metrics,
    logger: Logger,
    limits: ConnectionLimits,
  ) {
    const now = Date.now();
    this.messageBucket = new TokenBucket(limits.messagesPerSecond, limits.messagesPerSecond * 2, now);
    this.awarenessBucket = new TokenBucket(limits.awarenessPerSecond, limits.awarenessPerSecond * 2, now);
    this.log = logger.child({
      conn: context.id,
      board: context.boardId,
      doc: context.doc,
    });
    socket.on('message', (data, isBinary) => this.onFrame(data as Buffer, isBinary));
    socket.on('pong', () => {
      this.awaitingPong = false;
      for (const answered of this.pongWaiters.splice(0)) answered();
    });
    this.socketClosed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.reject('message_too_big', error.message);
      else this.log.warn({ err: error }, 'socket error');
    });
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
    handle.room.addPeer(this);
    const queued = this.queue ?? [];
    this.queue = null;
    for (const frame of queued) {
      if (this.closed) break;
      this.handleFrame(frame);
    }
  }

  /** `written` runs once the frame is handed to the operating system (not if the socket closes first). */
  send(frame: Uint8Array, written?: () => void): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.metrics.bytesOut.inc(frame.byteLength);
    // A failed send surfaces as the socket's 'error' event, handled above.
    if (written) this.socket.send(frame, SEND_OPTIONS, (error) => error || written());
    else this.socket.send(frame, SEND_OPTIONS);
  }

  sendBatch(frames: readonly Uint8Array[]): number {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return 0;
    // Corking the TCP socket (ws keeps it as `_socket`) turns the frames into one write: one system call
    // instead of one per frame. Without it (another ws version) the frames still go out, one by one.
    const tcp = (this.socket as unknown as { _socket?: { cork?: () => void; uncork?: () => void } })._socket;
    const cork = frames.length > 1 && typeof tcp?.cork === 'function' && typeof tcp.uncork === 'function';
    if (cork) tcp.cork!();
    let bytes = 0;
    for (const frame of frames) {
      this.socket.send(frame, SEND_OPTIONS);
      bytes += frame.byteLength;
    }
    if (cork) tcp.uncork!();
    return bytes;
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
        room.answerSyncStep1(message.stateVector).then(
          // Our own sync step 1, if still owed, once the answer has left (see Room.addPeer).
          (answer: Uint8Array) => this.send(answer, () => room.sendOwedStateVector(this)),
          (error: unknown) =>
            this.reject('malformed', `bad state vector: ${String(error)}`, CloseCode.invalidPayload),
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

  private applyAwareness(handle: RoomHandle, entries: AwarenessEntry[]): void {
    if (this.claimedAwareness) {
      // A claim is being checked: its outcome applies the latest state.
      this.claimedAwareness = entries;
      return;
    }
    const result = handle.room.applyAwareness(this, entries);
    if (result.kind === 'foreign_client') {
      this.reject('awareness_foreign_client', 'awareness for another client id', CloseCode.forbidden);
    } else if (result.kind === 'contested') {
      this.claimedAwareness = entries;
      void this.resolveClaim(handle, result.holder);
    }
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
    const result = handle.room.applyAwareness(this, entries);
    if (result.kind !== 'ok') {
      this.reject('awareness_foreign_client', 'awareness for another client id', CloseCode.forbidden);
    }
  }

  private handleUpdate(handle: RoomHandle, update: Uint8Array): void {
    const { role, doc } = this.context;
    if (!canWrite(role, doc, handle.session.sessionPermissions())) {
      // Read-only: drop silently and keep the connection, so the view stays live.
      this.metrics.writesDropped.inc({ role, doc });
      return;
    }
    const result = handle.room.applyFromPeer(this, update);
    if (result === 'invalid')
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
    if (handle) handle.room.removePeer(this);
    return handle;
  }
}
