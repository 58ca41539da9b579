import { WireBatch } from './wire-batch';

/** Where a room's outbox delivers: one connection. */
export interface OutboxPeer {
  /** Sends the batch's frames in order, in one write to the socket where it can; returns the bytes sent. */
  sendBatch(batch: WireBatch): number;
}

/** Who receives a burst's frames after the outbox's own peers (a room's observers: `SlicedDelivery`). */
export interface LaterDelivery<Peer> {
  push(frames: readonly Uint8Array[], origins: readonly (Peer | null)[]): void;
}

/**
 * A room's broadcasts of one moment, delivered together. The store commits every update that arrived in
 * one turn of the event loop at once and the room broadcasts them one after the other; collecting them
 * until that is done (a microtask) lets each connection get all of them in one socket write instead of
 * one write (one system call) per update and per connection, which is most of a busy relay's work.
 */
export class Outbox<Peer extends OutboxPeer> {
  private frames: Uint8Array[] = [];
  /** The connection each frame came from (it does not get its own update back), or null. */
  private origins: (Peer | null)[] = [];
  private scheduled = false;

  /**
   * `peers`: who is written to at once; `later` (optional): who receives the same frames afterwards, in
   * slices between turns of the event loop (a room's observers, see `SlicedDelivery`).
   */
  constructor(
    private readonly peers: () => Iterable<Peer>,
    private readonly delivered: (deliveries: number, bytes: number) => void,
    private readonly later: LaterDelivery<Peer> | null = null,
  ) {}

  /** Queues a frame for every peer but `except`; it goes out once the current burst of broadcasts is over. */
  push(frame: Uint8Array, except: Peer | null): void {
    this.frames.push(frame);
    this.origins.push(except);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(this.flush);
  }

  /** Delivers everything queued now. */
  readonly flush = (): void => {
    this.scheduled = false;
    const { frames, origins } = this;
    if (frames.length === 0) return;
    this.frames = [];
    this.origins = [];
    let deliveries = 0;
    let bytes = 0;
    // Framed once for every peer that receives all of it; an origin gets the rest, framed for it.
    const all = new WireBatch(frames);
    for (const peer of this.peers()) {
      const batch = all.for(peer, origins);
      if (batch.frames.length === 0) continue;
      bytes += peer.sendBatch(batch);
      deliveries += batch.frames.length;
    }
    this.delivered(deliveries, bytes);
    this.later?.push(frames, origins);
  };
}
