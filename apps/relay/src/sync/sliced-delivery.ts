import type { LaterDelivery, OutboxPeer } from './outbox';
import { WireBatch } from './wire-batch';

/** One burst of broadcasts on its way to the observers. */
interface Burst<Peer> {
  readonly frames: Uint8Array[];
  /** The frames framed for the wire, shared by every recipient (made with `recipients`). */
  batch: WireBatch | null;
  /** The connection each frame came from (it does not get its own update back), or null. */
  readonly origins: (Peer | null)[];
  /** Who receives it: taken when its first slice is written; null until then (more frames may join). */
  recipients: Peer[] | null;
  /** The next recipient to write to. */
  next: number;
  /** How many recipients one slice writes to at most (see `spreadMs`). */
  perSlice: number;
}

/** With `spreadMs`, the pause between two slices of one burst. */
const SPREAD_PAUSE_MS = 2;

/** How a slice waits for its turn (replaceable in tests). */
export type ScheduleSlice = (run: () => void, delayMs: number) => void;

/**
 * Slices run as timers, at the start of a turn of the event loop, before it reads the sockets: a writer's
 * update read in that turn is then stored (the store commits with `setImmediate`, after the reads) and
 * sent to the other writers before the next slice. As `setImmediate`s, slices queued before the commit
 * ran first, and each writer's update waited for one more slice (town hall: writers' p95 with observers
 * 7.6–8.2 ms against 5.6–6.3 ms as timers, in alternating runs).
 */
const nextTurnOrLater: ScheduleSlice = (run, delayMs) => {
  setTimeout(run, Math.max(0, delayMs));
};

export interface SlicedDeliveryOptions {
  /** How long one slice may write before the event loop turns (default 1 ms). */
  readonly sliceMs?: number;
  /**
   * The least time between the starts of two bursts (default 0). Every write to a socket is a system
   * call, and on loopback one that also runs the reader's side; 990 of them per update are most of a
   * crowded room's work. Observers receiving what came in the meantime together, at most every
   * `burstIntervalMs`, costs them that much delay and the relay a fraction of the calls.
   */
  readonly burstIntervalMs?: number;
  /**
   * Spread each burst's writes over about this long (0, the default here: as fast as slices allow; the
   * relay's `OBSERVER_SPREAD_MS` is 60). Written in one go, a burst to 990 observers wakes every
   * observer's reader at once; on a machine that also runs the people editing, that takes every core for
   * a few milliseconds each burst, and an editor's update that arrives then waits. Spread, the same
   * writes come in small groups `SPREAD_PAUSE_MS` apart.
   */
  readonly spreadMs?: number;
  readonly schedule?: ScheduleSlice;
  readonly now?: () => number;
}

/**
 * Broadcasts to a room's observers, written a slice at a time with a turn of the event loop between
 * slices. Writing one update to 990 sockets takes milliseconds; in one go, a writer's next update (read
 * from its socket only between turns) waits for all of them. In slices of about `sliceMs`, it is read,
 * judged, stored and sent to the other writers between two slices.
 *
 * Order is kept per socket: bursts go out one after the other, and a burst is written to every one of its
 * recipients before the next burst starts. Bursts that arrive while another is being written wait as one
 * (each observer gets them in one write), so a busy room queues at most two.
 *
 * An observer that joins while a burst is on its way may not receive it: the sync answer it is given on
 * joining is computed from the room's state, which already holds every update being broadcast.
 */
export class SlicedDelivery<Peer extends OutboxPeer> implements LaterDelivery<Peer> {
  private bursts: Burst<Peer>[] = [];
  private scheduled = false;
  /** When the next burst may start (see `burstIntervalMs`). */
  private nextStart = Number.NEGATIVE_INFINITY;
  private readonly sliceMs: number;
  private readonly burstIntervalMs: number;
  private readonly spreadMs: number;
  private readonly schedule: ScheduleSlice;
  private readonly now: () => number;

  constructor(
    private readonly peers: () => Iterable<Peer>,
    private readonly delivered: (deliveries: number, bytes: number) => void,
    options: SlicedDeliveryOptions = {},
  ) {
    this.sliceMs = options.sliceMs ?? 1;
    this.burstIntervalMs = options.burstIntervalMs ?? 0;
    this.spreadMs = options.spreadMs ?? 0;
    this.schedule = options.schedule ?? nextTurnOrLater;
    this.now = options.now ?? (() => performance.now());
  }

  /** Bursts not yet written to every recipient (for tests and diagnostics). */
  get pending(): number {
    return this.bursts.length;
  }

  /** Queues frames for every observer but each frame's origin. */
  push(frames: readonly Uint8Array[], origins: readonly (Peer | null)[]): void {
    const last = this.bursts.at(-1);
    if (last && last.recipients === null) {
      last.frames.push(...frames);
      last.origins.push(...origins);
    } else {
      this.bursts.push({
        frames: [...frames],
        batch: null,
        origins: [...origins],
        recipients: null,
        next: 0,
        perSlice: Number.POSITIVE_INFINITY,
      });
    }
    this.wake();
  }

  /** Schedules the next slice: a burst not started waits for its start; one under way, `pauseMs`. */
  private wake(pauseMs = 0): void {
    const head = this.bursts[0];
    if (this.scheduled || !head) return;
    this.scheduled = true;
    const wait = head.recipients === null ? this.nextStart - this.now() : pauseMs;
    this.schedule(this.slice, Math.max(0, Math.ceil(wait)));
  }

  /** Writes to recipients until the slice's time is up, then lets the event loop turn. */
  private readonly slice = (): void => {
    this.scheduled = false;
    const started = this.now();
    const deadline = started + this.sliceMs;
    let deliveries = 0;
    let bytes = 0;
    let written = 0;
    while (this.bursts.length > 0) {
      const burst = this.bursts[0]!;
      if (burst.recipients === null) {
        if (started < this.nextStart) break;
        burst.recipients = [...this.peers()];
        burst.batch = new WireBatch(burst.frames);
        this.nextStart = started + this.burstIntervalMs;
        if (this.spreadMs > 0) {
          const groups = Math.max(1, Math.floor(this.spreadMs / SPREAD_PAUSE_MS));
          burst.perSlice = Math.max(16, Math.ceil(burst.recipients.length / groups));
        }
      }
      const { origins, recipients } = burst;
      const all = burst.batch!;
      const groupEnd = Math.min(recipients.length, burst.next + burst.perSlice);
      while (burst.next < groupEnd) {
        const peer = recipients[burst.next++]!;
        const batch = all.for(peer, origins);
        if (batch.frames.length === 0) continue;
        bytes += peer.sendBatch(batch);
        deliveries += batch.frames.length;
        // Reading the clock costs too: look every 16 writes.
        if (++written % 16 === 0 && this.now() >= deadline) {
          this.delivered(deliveries, bytes);
          this.wake();
          return;
        }
      }
      if (burst.next < recipients.length) {
        // This group is written: the rest of the burst after a pause (see `spreadMs`).
        if (deliveries > 0) this.delivered(deliveries, bytes);
        this.wake(SPREAD_PAUSE_MS);
        return;
      }
      this.bursts.shift();
    }
    if (deliveries > 0) this.delivered(deliveries, bytes);
    this.wake();
  };
}
