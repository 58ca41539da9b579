import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, IDENTITY_PARAM } from '@journeyboard/journey';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { RetiredKeys } from '../boards/retired-keys';
import { type OriginPolicy, originAllowed } from '../http/origin-policy';
import { clientAddress } from '../http/proxy-trust';
import type { Identities } from '../identity/identities';
import { hashKey, isValidBoardId, roleForKey } from '../keys';
import type { Metrics, RejectReason } from '../metrics';
import type { FailureLimiter } from '../rate-limit';
import { StorageDamagedError } from '../storage/damage';
import { DOC_NAMES, type DocName, type Role, type Store } from '../storage/store';
import { type ConnectionLimits, SyncConnection } from './connection';
import { ConnectionSlots, type SlotLimits, type SlotRefusal } from './connection-slots';
import { type RoomManager, TooManyRoomsError } from './room-manager';

export interface SyncServerOptions extends ConnectionLimits {
  maxMessageBytes: number;
  /** Per board, per role and per address caps on sockets. */
  slots: SlotLimits;
  /** Whose pages may open sockets, and which proxies name the client's address. */
  origins: OriginPolicy;
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

const SLOT_REFUSALS: Record<SlotRefusal, string> = {
  board_full: 'too many connections on this board',
  address_full: 'too many connections from this address',
};

function rejectUpgrade(socket: Duplex, status: number, text: string, message: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  );
}

/** A percent-decoded path segment, or '' when it is not valid percent-encoding (refused as a bad id). */
function decodedPathPart(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** The websocket side of the relay: authorizes each `/sync/<boardId>/<doc>?key=` socket and joins it to its room. */
export class SyncServer {
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<SyncConnection>();
  private readonly slots: ConnectionSlots;
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
    this.slots = new ConnectionSlots(options.slots);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Nothing a client sends during the upgrade can throw out of here: an error closes that socket only.
   * The raw socket gets an error listener at once (Node removes the HTTP server's on upgrade), so a
   * client resetting the connection mid-handshake cannot raise an unhandled 'error' event.
   */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', (error) => this.deps.logger.debug({ err: error }, 'socket error during the upgrade'));
    try {
      this.upgrade(request, socket, head);
    } catch (error) {
      this.deps.logger.error({ err: error, url: request.url }, 'websocket upgrade failed');
      socket.destroy();
    }
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
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
    if (!originAllowed(request, this.options.origins)) {
      const origin = request.headers.origin;
      this.deps.metrics.messagesRejected.inc({ reason: 'origin' });
      this.deps.logger.warn({ origin, path: url.pathname }, 'websocket from a disallowed origin refused');
      rejectUpgrade(socket, 403, 'Forbidden', 'origin not allowed');
      return;
    }
    const address = clientAddress(request, this.options.origins.trust);
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      const match = SYNC_PATH.exec(url.pathname);
      const boardId = decodedPathPart(match?.[1] ?? '');
      const doc = match?.[2] ?? '';
      const connection = new SyncConnection(
        ws,
        { id: this.nextId++, boardId, doc: doc as DocName, role: 'observer', address, identity: null },
        this.deps.metrics,
        this.deps.logger,
        this.options,
      );
      this.authorize(
        connection,
        url.searchParams.get('key') ?? '',
        url.searchParams.get(IDENTITY_PARAM),
      ).catch((error: unknown) => {
        connection.log.error({ err: error }, 'admitting the connection failed');
        connection.close(CloseCode.internalError, 'internal error');
      });
    });
  }

  private refuse(connection: SyncConnection, reason: RejectReason, code: number, message: string): void {
    this.deps.metrics.messagesRejected.inc({ reason });
    connection.log.warn({ reason, address: connection.context.address }, `connection refused: ${message}`);
    connection.close(code, message);
  }

  /** Damaged storage (see storage/damage.ts) is refused with 4500, which clients do not retry. */
  private refuseDamaged(connection: SyncConnection, error: unknown): boolean {
    if (!(error instanceof StorageDamagedError)) return false;
    connection.log.error({ err: error }, 'the stored board cannot be read (damaged storage)');
    this.refuse(connection, 'board_damaged', CloseCode.boardDamaged, 'the stored board cannot be read');
    return true;
  }

  /** A wrong key or unknown board: its own refusal, or 4429 once the address is past its failure limit. */
  private refuseWrongKey(
    connection: SyncConnection,
    reason: 'unknown_board' | 'bad_key',
    code: number,
    message: string,
  ): void {
    const { address, boardId } = connection.context;
    if (this.deps.authFailures.recordFailure(address, boardId, Date.now())) {
      this.refuse(
        connection,
        'auth_rate',
        CloseCode.tooManyRequests,
        'too many failed attempts; wait a minute',
      );
    } else {
      this.refuse(connection, reason, code, message);
    }
  }

  /** A right key is always checked and admitted, whatever wrong ones came before from the same address. */
  private async authorize(connection: SyncConnection, key: string, identity: string | null): Promise<void> {
    const { context } = connection;
    const { store, rooms, metrics } = this.deps;
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
      if (this.refuseDamaged(connection, error)) return;
      connection.log.error({ err: error }, 'reading the board failed');
      // Storage unreachable (e.g. PostgreSQL down): refuse clearly and let the client retry later.
      this.refuse(connection, 'storage_error', CloseCode.tryAgainLater, 'storage unavailable; retry later');
      return;
    }
    if (!board) {
      this.refuseWrongKey(connection, 'unknown_board', CloseCode.notFound, 'unknown board');
      return;
    }
    const role: Role | undefined = roleForKey(board.keyHashes, key);
    if (!role && this.deps.retiredKeys.has(hashKey(key), Date.now())) {
      this.refuse(connection, 'rotated_key', CloseCode.unauthorized, 'key rotated');
      return;
    }
    if (!role) {
      this.refuseWrongKey(connection, 'bad_key', CloseCode.unauthorized, 'wrong or rotated key');
      return;
    }
    connection.authorize(role, this.deps.identities.verify(context.boardId, identity));
    // A socket that closed while the board was read never gets a slot (its close event has passed).
    if (!connection.isOpen || connection.socket.readyState !== connection.socket.OPEN) return;
    const refusal = this.slots.acquire(context.boardId, role, context.address);
    if (refusal) {
      this.refuse(connection, refusal, CloseCode.boardFull, SLOT_REFUSALS[refusal]);
      return;
    }
    this.track(connection);
    let handle: Awaited<ReturnType<RoomManager['acquire']>>;
    try {
      handle = await rooms.acquire(context.boardId, context.doc);
    } catch (error) {
      if (error instanceof TooManyRoomsError) {
        this.refuse(connection, 'too_many_rooms', CloseCode.tryAgainLater, 'the relay is at its room limit');
      } else if (!this.refuseDamaged(connection, error)) {
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
    const { boardId, address } = connection.context;
    this.connections.add(connection);
    connection.socket.once('close', () => {
      connection.detach();
      this.connections.delete(connection);
      this.slots.release(boardId, address);
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
