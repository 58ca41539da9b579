import type { WebSocket } from 'ws';
/**
 * Broadcast frames framed for the wire once, however many sockets receive them.
 *
 * A room sends the same updates to every connection. Handing each frame to `ws` per socket frames it per
 * socket (a header buffer, then two writes joined by corking: a `writev`); a crowded room does that
 * thousands of times a second. A `WireBatch` holds the frames of one burst and, the first time a socket
 * asks, the whole burst as WebSocket binary messages (RFC 6455 §5.2, unmasked as a server sends them)
 * in one buffer, which every socket that receives the whole burst then writes as it is: one plain write
 * per socket.
 */
export class WireBatch {
  private wireBytes: Uint8Array | null = null;
  /** The payloads' bytes (what the relay's delivery metrics count). */
  readonly byteLength: number;

  constructor(readonly frames: readonly Uint8Array[]) {
    let bytes = 0;
    for (const frame of frames) bytes += frame.byteLength;
    this.byteLength = bytes;
  }

  /** The burst as WebSocket binary messages, one after the other (framed on first use, then shared). */
  get wire(): Uint8Array {
    this.wireBytes ??= frameBinaryMessages(this.frames);
    return this.wireBytes;
  }

  /** What `peer` receives of the burst: all of it, or without its own frames if it sent some (`origins`). */
  for<Peer>(peer: Peer, origins: readonly (Peer | null)[]): WireBatch {
    if (!origins.includes(peer)) return this;
    return new WireBatch(this.frames.filter((_, index) => origins[index] !== peer));
  }
}

/** Length of a server frame's header for a payload of `length` bytes (no mask). */
function headerLength(length: number): number {
  if (length < 126) return 2;
  if (length < 65_536) return 4;
  return 10;
}

/**
 * Each payload as one final, unmasked binary WebSocket message (opcode 2), concatenated. Payloads up to
 * 2^53 bytes are representable; a relay frame is bounded far below that by `MAX_MESSAGE_BYTES`.
 */
export function frameBinaryMessages(payloads: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const payload of payloads) total += headerLength(payload.byteLength) + payload.byteLength;
  const wire = Buffer.allocUnsafe(total);
  let offset = 0;
  for (const payload of payloads) {
    const length = payload.byteLength;
    wire[offset] = 0x82; // FIN + binary
    if (length < 126) {
      wire[offset + 1] = length;
      offset += 2;
    } else if (length < 65_536) {
      wire[offset + 1] = 126;
      wire.writeUInt16BE(length, offset + 2);
      offset += 4;
    } else {
      wire[offset + 1] = 127;
      wire.writeUInt32BE(Math.floor(length / 2 ** 32), offset + 2);
      wire.writeUInt32BE(length >>> 0, offset + 6);
      offset += 10;
    }
    wire.set(payload, offset);
    offset += length;
  }
  return wire;
}

/**
 * The TCP socket under a WebSocket (ws keeps it as `_socket`), where a batch already framed for the wire
 * may be written as it is: only when no extension was negotiated (the relay turns permessage-deflate off,
 * so ws's own sender writes each frame at once and never holds one back, and bytes written here cannot
 * overtake or split its frames). Otherwise, or with another ws, null: frames go through `send`.
 */
export function rawSocketOf(socket: WebSocket): { write(bytes: Uint8Array): unknown } | null {
  if (socket.extensions !== '') return null;
  const tcp = (socket as unknown as { _socket?: { write?: unknown } })._socket;
  return typeof tcp?.write === 'function' ? (tcp as { write(bytes: Uint8Array): unknown }) : null;
}
