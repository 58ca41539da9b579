import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, IDENTITY_PARAM } from '@journeyboard/journey';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { RetiredKeys } from '../boards/retired-keys';
import type { Identities } from '../identity/identities';
import { hashKey, isValidBoardId, roleForKey } from '../keys';
import type { Metrics, RejectReason } from '../metrics';
import type { FailureLimiter } from '../rate-limit';
import { DOC_NAMES, type DocName, type Role, type Store } from '../storage/store';
import { type ConnectionLimits, SyncConnection } from './connection';
import { type RoomManager, TooManyRoomsError } from './room-manager';

export interface SyncServerOptions extends ConnectionLimits {
  maxMessageBytes: number;
  maxConnectionsPerBoard: number;
  allowedOrigins: readonly string[] | undefined;
  /** Every socket is pinged this often; one that has not answered the previous ping is dropped. */
  heartbeatMs: number;
}

export interface SyncServerDeps {
  store: Store;
  rooms: RoomManager;
  metrics: Metrics;
  logger: Logger;
  authFailures: FailureLimiter;
  retiredKeys: RetiredKeys;
  identities: Identities;
}

const SYNC_PATH = /^\/sync\/([^/]*)\/([^/]*)$/;

function rejectUpgrade(socket: Duplex, status: number, text: string, message: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  );
}

/** The websocket side of the relay: authorizes each `/sync/<boardId>/<doc>?key=` socket and joins it to its room. */
export class SyncServer {
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<SyncConnection>();
  private readonly perBoard = new Map<string, number>();
  private nextId = 1;
  private accepting = true;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly options: SyncServerOptions,
    private readonly deps: SyncServerDeps,
  ) {
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxMessageBytes,
      perMessageDeflate: false,
    });
    this.heartbeat = setInterval(() => {
      for (const connection of this.connections) connection.heartbeat();
    }, options.heartbeatMs);
    this.heartbeat.unref();
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://relay.invalid');
    if (!url.pathname.startsWith('/sync/') || !this.accepting) {
      rejectUpgrade(
        socket,
        this.accepting ? 404 : 503,
        this.accepting ? 'Not Found' : 'Service Unavailable',
        '',
      );
      return;
    }
    const origin = request.headers.origin;
    const allowed = this.options.allowedOrigins;
    if (allowed && origin !== undefined && !allowed.includes(origin)) {
      this.deps.metrics.messagesRejected.inc({ reason: 'origin' });
      this.deps.logger.warn({ origin, path: url.pathname }, 'websocket from a disallowed origin refused');
      rejectUpgrade(socket, 403, 'Forbidden', 'origin not allowed');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      const match = SYNC_PATH.exec(url.pathname);
      const boardId = decodeURIComponent(match?.[1] ?? '');
      const doc = match?.[2] ?? '';
      const address = request.socket.remoteAddress ?? 'unknown';
      const connection = new SyncConnection(
        ws,
        { id: this.nextId++, boardId, doc: doc as DocName, role: 'observer', address, identity: null },
        this.deps.metrics,
        this.deps.logger,
        this.options,
      );
      void this.authorize(
        connection,
        url.searchParams.get('key') ?? '',
        url.searchParams.get(IDENTITY_PARAM),
      );
    });
  }

  private refuse(connection: SyncConnection, reason: RejectReason, code: number, message: string): void {
    this.deps.metrics.messagesRejected.inc({ reason });
    connection.log.warn({ reason, address: connection.context.address }, `connection refused: ${message}`);
    connection.close(code, message);
  }

  private async authorize(connection: SyncConnection, key: string, identity: string | null): Promise<void> {
    const { context } = connection;
    const { authFailures, store, rooms, metrics } = this.deps;
    if (authFailures.isBlocked(context.address, Date.now())) {
      this.refuse(
        connection,
        'auth_rate',
        CloseCode.tooManyRequests,
        'too many failed attempts; wait a minute',
      );
      return;
    }
    if (!isValidBoardId(context.boardId) || !(DOC_NAMES as readonly string[]).includes(context.doc)) {
      this.refuse(
        connection,
        'bad_board_id',
        CloseCode.badRequest,
        'expected /sync/<boardId>/<content|session|questions>',
      );
      return;
    }
    let board: Awaited<ReturnType<Store['getBoard']>>;
    try {
      board = await store.getBoard(context.boardId);
    } catch (error) {
      // Storage unreachable (e.g. PostgreSQL down): refuse clearly and let the client retry later.
      connection.log.error({ err: error }, 'reading the board failed');
      this.refuse(connection, 'storage_error', CloseCode.tryAgainLater, 'storage unavailable; retry later');
      return;
    }
    if (!board) {
      authFailures.recordFailure(context.address, Date.now());
      this.refuse(connection, 'unknown_board', CloseCode.notFound, 'unknown board');
      return;
    }
    const role: Role | undefined = roleForKey(board.keyHashes, key);
    if (!role && this.deps.retiredKeys.has(hashKey(key), Date.now())) {
      this.refuse(connection, 'rotated_key', CloseCode.unauthorized, 'key rotated');
      return;
    }
    if (!role) {
      authFailures.recordFailure(context.address, Date.now());
      this.refuse(connection, 'bad_key', CloseCode.unauthorized, 'wrong or rotated key');
      return;
    }
    connection.authorize(role, this.deps.identities.verify(context.boardId, identity));
    const onBoard = this.perBoard.get(context.boardId) ?? 0;
    if (onBoard >= this.options.maxConnectionsPerBoard) {
      this.refuse(connection, 'board_full', CloseCode.boardFull, 'too many connections on this board');
      return;
    }
    if (!connection.isOpen) return;
    this.track(connection);
    let handle: Awaited<ReturnType<RoomManager['acquire']>>;
    try {
      handle = await rooms.acquire(context.boardId, context.doc);
    } catch (error) {
      if (error instanceof TooManyRoomsError) {
        this.refuse(connection, 'too_many_rooms', CloseCode.tryAgainLater, 'the relay is at its room limit');
      } else {
        connection.log.error({ err: error }, 'loading the room failed');
        connection.close(CloseCode.internalError, 'loading the document failed');
      }
      return;
    }
    // The socket may have closed while the room loaded.
    if (!connection.isOpen || connection.socket.readyState !== connection.socket.OPEN) {
      rooms.release(context.boardId, context.doc);
      return;
    }
    metrics.connections.inc({ role });
    connection.socket.once('close', () => {
      metrics.connections.dec({ role });
      rooms.release(context.boardId, context.doc);
    });
    connection.attach(handle);
    connection.log.debug('connected');
  }

  private track(connection: SyncConnection): void {
    const { boardId } = connection.context;
    this.connections.add(connection);
    this.perBoard.set(boardId, (this.perBoard.get(boardId) ?? 0) + 1);
    connection.socket.once('close', () => {
      connection.detach();
      this.connections.delete(connection);
      const left = (this.perBoard.get(boardId) ?? 1) - 1;
      if (left <= 0) this.perBoard.delete(boardId);
      else this.perBoard.set(boardId, left);
    });
  }

  /** Closes the connections of one role on a board (its key was rotated). */
  closeRole(boardId: string, role: Role, code: number, reason: string): void {
    for (const connection of this.connections) {
      if (connection.context.boardId === boardId && connection.context.role === role) {
        connection.close(code, reason);
      }
    }
  }

  closeBoard(boardId: string, code: number, reason: string): void {
    for (const connection of this.connections) {
      if (connection.context.boardId === boardId) connection.close(code, reason);
    }
  }

  /** Stops accepting sockets and closes every open one (shutdown: 1012 so clients reconnect). */
  closeAll(code: number, reason: string): Promise<void> {
    this.accepting = false;
    clearInterval(this.heartbeat);
    const closing = [...this.connections].map(
      (connection) =>
        new Promise<void>((resolve) => {
          if (connection.socket.readyState === connection.socket.CLOSED) return resolve();
          connection.socket.once('close', () => resolve());
          connection.close(code, reason);
          // A peer that never answers the close handshake must not hold the shutdown.
          setTimeout(() => {
            connection.socket.terminate();
            resolve();
          }, 2000).unref();
        }),
    );
    return Promise.all(closing).then(() => {
      this.wss.close();
    });
  }
}
