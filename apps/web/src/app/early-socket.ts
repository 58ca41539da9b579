// Opening a board used to wait for its code (the board chunk: Konva, Yjs, y-websocket) before the
// content room's socket was even created, then for the relay's answer. This starts the socket and asks
// for the board from the app shell, with no Yjs at all, and hands the socket, with whatever has already
// arrived, to the y-websocket provider when it is created.

/**
 * The y-websocket sync request of an empty document: message type sync (0), sync step 1 (0), then the
 * state vector as a length-prefixed byte array, which for a document without any client is one zero.
 */
export const EMPTY_DOC_SYNC_REQUEST = Uint8Array.of(0, 0, 1, 0);

/** True for a sync step 2 message (type sync 0, step 2 = 1): the relay's answer to a sync request. */
export function isSyncAnswer(data: unknown): boolean {
  if (!(data instanceof ArrayBuffer) || data.byteLength < 2) return false;
  const bytes = new Uint8Array(data, 0, 2);
  return bytes[0] === 0 && bytes[1] === 1;
}

/**
 * The Yjs update inside a sync step 2 message: after the two type bytes, a length (unsigned LEB128
 * varint, as lib0 writes it) and that many bytes. Null when it is not one or is cut short.
 */
export function syncAnswerUpdate(data: unknown): Uint8Array | null {
  if (!isSyncAnswer(data)) return null;
  const bytes = new Uint8Array(data as ArrayBuffer);
  let length = 0;
  let shift = 0;
  let at = 2;
  for (;;) {
    if (at >= bytes.length || shift > 49) return null;
    const byte = bytes[at++]!;
    length += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) break;
  }
  return at + length <= bytes.length ? bytes.subarray(at, at + length) : null;
}

/** The y-websocket provider's socket URL: `<server>/<room>?<params>`, encoded as lib0's url module does. */
export function providerSocketUrl(server: string, room: string, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return `${server.replace(/\/+$/, '')}/${room}${query.length === 0 ? '' : `?${query}`}`;
}

type Handler<E> = ((event: E) => void) | null;

/** What y-websocket uses of a WebSocket (see its `setupWS` and `closeWebsocketConnection`). */
export interface SocketLike {
  binaryType: BinaryType;
  readonly readyState: number;
  readonly CONNECTING: number;
  readonly OPEN: number;
  readonly CLOSING: number;
  readonly CLOSED: number;
  onopen: Handler<Event>;
  onmessage: Handler<MessageEvent>;
  onclose: Handler<CloseEvent>;
  onerror: Handler<Event>;
  send(data: Parameters<WebSocket['send']>[0]): void;
  close(code?: number, reason?: string): void;
}

type Buffered =
  | { readonly kind: 'message'; readonly event: MessageEvent }
  | { readonly kind: 'close'; readonly event: CloseEvent }
  | { readonly kind: 'error'; readonly event: Event };

export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocket;

/**
 * A socket opened before its provider exists. Until it is adopted it asks for the whole board (as an
 * empty document would) and keeps what arrives; once adopted it replays that to the provider's handlers
 * and then passes everything through. The provider's own sync request goes out only after the answer
 * to ours, so the relay sends the board once. Never adopted within `expireMs`, it closes itself.
 */
export class EarlySocket {
  readonly url: string;
  private readonly socket: WebSocket;
  private readonly buffered: Buffered[] = [];
  private adopted: SocketLike | null = null;
  private requested = false;
  private answered = false;
  /** The provider was handed a socket already open, and hears `open` once our answer is through. */
  private openHeld = false;
  private readonly expiry: ReturnType<typeof setTimeout>;

  /**
   * `onAnswer` receives the board the relay sends in answer to our request, if it arrives before a
   * provider adopts the socket; when it returns true the answer is consumed (not replayed to the provider).
   */
  constructor(
    url: string,
    WebSocketImpl: WebSocketConstructor = WebSocket,
    expireMs = 15_000,
    private readonly onAnswer: (update: Uint8Array) => boolean = () => false,
    /** Told when the socket closes or fails before a provider adopted it. */
    private readonly onGone: () => void = () => {},
  ) {
    this.url = url;
    this.socket = new WebSocketImpl(url);
    this.socket.binaryType = 'arraybuffer';
    this.socket.onopen = (event) => {
      if (!this.adopted) {
        this.socket.send(EMPTY_DOC_SYNC_REQUEST);
        this.requested = true;
      } else this.adopted.onopen?.(event);
    };
    this.socket.onmessage = (event: MessageEvent) => {
      const answer = this.requested && !this.answered && isSyncAnswer(event.data);
      if (answer) this.answered = true;
      if (!this.adopted) {
        const update = answer ? syncAnswerUpdate(event.data) : null;
        if (!update || !this.onAnswer(update)) this.buffered.push({ kind: 'message', event });
        return;
      }
      this.adopted.onmessage?.(event);
      if (answer) this.releaseOpen();
    };
    this.socket.onclose = (event) => {
      clearTimeout(this.expiry);
      if (this.adopted) this.adopted.onclose?.(event);
      else {
        this.buffered.push({ kind: 'close', event });
        this.onGone();
      }
    };
    this.socket.onerror = (event) => {
      if (this.adopted) this.adopted.onerror?.(event);
      else {
        this.buffered.push({ kind: 'error', event });
        this.onGone();
      }
    };
    this.expiry = setTimeout(() => {
      if (!this.adopted) this.socket.close();
    }, expireMs);
  }

  /** Whether nobody has taken this socket yet and it is still usable. */
  get available(): boolean {
    return this.adopted === null && this.socket.readyState <= this.socket.OPEN;
  }

  /**
   * The socket for a provider, as a WebSocket. The provider sets its handlers right after creating it
   * (synchronously), so what arrived earlier is replayed to them in a microtask.
   */
  adopt(): SocketLike {
    if (this.adopted) throw new Error('this early socket already has its provider');
    clearTimeout(this.expiry);
    const socket = this.socket;
    const facade: SocketLike = {
      get binaryType() {
        return socket.binaryType;
      },
      set binaryType(value: BinaryType) {
        socket.binaryType = value;
      },
      get readyState() {
        return socket.readyState;
      },
      CONNECTING: socket.CONNECTING,
      OPEN: socket.OPEN,
      CLOSING: socket.CLOSING,
      CLOSED: socket.CLOSED,
      onopen: null,
      onmessage: null,
      onclose: null,
      onerror: null,
      send: (data) => socket.send(data),
      close: (code, reason) => socket.close(code, reason),
    };
    this.adopted = facade;
    queueMicrotask(() => this.replay(facade));
    return facade;
  }

  private replay(facade: SocketLike) {
    const buffered = this.buffered.splice(0);
    let closed = false;
    for (const item of buffered) {
      if (item.kind === 'message') facade.onmessage?.(item.event);
      else if (item.kind === 'error') facade.onerror?.(item.event);
      else {
        closed = true;
        facade.onclose?.(item.event);
      }
    }
    if (closed || this.socket.readyState !== this.socket.OPEN) return;
    // Open before the provider existed: it learns so now. If our request is still unanswered, it waits
    // for the answer, so the provider's own request does not make the relay send the board twice.
    if (this.requested && !this.answered) this.openHeld = true;
    else facade.onopen?.(new Event('open'));
  }

  private releaseOpen() {
    if (!this.openHeld) return;
    this.openHeld = false;
    this.adopted?.onopen?.(new Event('open'));
  }
}
