import { randomInt } from 'node:crypto';
import { OBSERVER_COUNT_CLIENT_ID, RELAY_CLIENT_ID_MIN } from '@journeyboard/journey';
import type { RawAwarenessEntry } from './protocol';

/** The least time between two publications of a room's count: changes in between are coalesced. */
export const OBSERVER_COUNT_INTERVAL_MS = 250;
/** How often a published count is sent again (clients drop an awareness state not renewed within 30 s). */
export const OBSERVER_COUNT_RENEW_MS = 15_000;
/** Another relay's local count not renewed for this long is dropped (that relay is gone). */
export const REMOTE_COUNT_TIMEOUT_MS = 40_000;

/**
 * A client id for one loaded room's local counts on the bus: relay-owned (above every Yjs client id),
 * other than the board total's, random per room and relay (several relays may share a process in tests).
 */
export function localCountClientId(): number {
  return RELAY_CLIENT_ID_MIN + 1 + randomInt(2 ** 40);
}

const encoder = new TextEncoder();

export interface ObserverCountSinks {
  /** Sends the board's total (the `OBSERVER_COUNT_CLIENT_ID` entry) to every peer of the room. */
  toPeers(entry: RawAwarenessEntry): void;
  /** Publishes this relay's local count (its `localId` entry) to the other relays. */
  toBus(entry: RawAwarenessEntry): void;
}

interface Published {
  count: number;
  clock: number;
  at: number;
}

/**
 * A room's observers, counted instead of broadcast: the relay keeps which person (presence `user.id`) each
 * observer connection presents, and publishes only how many distinct people that is, as one relay-owned
 * awareness entry `{ observers: N }`. With several relays each publishes its local count on the bus and
 * every relay sends its peers the sum. Publications are coalesced (at most one per
 * `OBSERVER_COUNT_INTERVAL_MS`) and renewed every `OBSERVER_COUNT_RENEW_MS`.
 *
 * Clocks are wall-clock milliseconds (and always increase): a client moving to another relay then takes
 * that relay's entry instead of ignoring it for a lower clock.
 */
export class ObserverCount<Peer> {
  private readonly local = new Map<Peer, string>();
  private readonly remote = new Map<number, { count: number; at: number }>();
  private total: Published | null = null;
  private localPublished: Published | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastFlush = 0;
  private closed = false;
  /** This room's id for its local count on the bus. */
  readonly localId = localCountClientId();

  constructor(private readonly sinks: ObserverCountSinks) {}

  /** The person an observer connection presents (null: none yet, or it left). */
  setLocal(peer: Peer, userId: string | null): void {
    if (userId === null) {
      if (!this.local.delete(peer)) return;
    } else {
      if (this.local.get(peer) === userId) return;
      this.local.set(peer, userId);
    }
    this.schedule();
  }

  /** Another relay's local count, from the bus (null or 0: none there). */
  applyRemote(clientId: number, count: number | null, now = Date.now()): void {
    if (clientId === OBSERVER_COUNT_CLIENT_ID || clientId === this.localId) return;
    const before = this.remote.get(clientId)?.count ?? 0;
    if (!count) this.remote.delete(clientId);
    else this.remote.set(clientId, { count, at: now });
    if ((count ?? 0) !== before) this.schedule();
  }

  /** Distinct people observing through this relay. */
  localCount(): number {
    return new Set(this.local.values()).size;
  }

  /** The board's observers over every relay. */
  boardCount(): number {
    let sum = this.localCount();
    for (const { count } of this.remote.values()) sum += count;
    return sum;
  }

  /**
   * The entry to greet a new peer with (null until a count was published), stamped with a fresh clock so a
   * client that heard a higher one from another relay still takes it.
   */
  greeting(now = Date.now()): RawAwarenessEntry | null {
    if (!this.total) return null;
    this.total = { ...this.total, clock: nextClock(this.total.clock, now) };
    return entryOf(OBSERVER_COUNT_CLIENT_ID, this.total);
  }

  /**
   * Whether a client's entry under a relay-owned id is harmless: an echo of the count it was sent (stock
   * clients send back states they received, at the same clock) or its removal (a client drops a state it
   * thinks outdated). Anything else claims the relay's id.
   */
  isEcho(clientId: number, clock: number, state: unknown): boolean {
    if (clientId !== OBSERVER_COUNT_CLIENT_ID) return state === null;
    return state === null || (this.total !== null && clock <= this.total.clock);
  }

  /** Drops other relays' counts that were not renewed, and renews what this relay published. */
  tick(now = Date.now()): void {
    if (this.closed) return;
    for (const [clientId, { at }] of this.remote) {
      if (now - at >= REMOTE_COUNT_TIMEOUT_MS) {
        this.remote.delete(clientId);
        this.schedule();
      }
    }
    if (this.total && now - this.total.at >= OBSERVER_COUNT_RENEW_MS)
      this.publishTotal(this.total.count, now);
    const local = this.localPublished;
    if (local && local.count > 0 && now - local.at >= OBSERVER_COUNT_RENEW_MS)
      this.publishLocal(local.count, now);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    const wait = Math.max(0, this.lastFlush + OBSERVER_COUNT_INTERVAL_MS - Date.now());
    this.timer = setTimeout(this.flush, wait);
    this.timer.unref();
  }

  private readonly flush = (): void => {
    this.timer = null;
    if (this.closed) return;
    const now = Date.now();
    this.lastFlush = now;
    const local = this.localCount();
    if (local !== (this.localPublished?.count ?? 0)) this.publishLocal(local, now);
    const board = this.boardCount();
    if (board !== (this.total?.count ?? 0)) this.publishTotal(board, now);
  };

  private publishTotal(count: number, now: number): void {
    this.total = { count, clock: nextClock(this.total?.clock ?? 0, now), at: now };
    this.sinks.toPeers(entryOf(OBSERVER_COUNT_CLIENT_ID, this.total));
  }

  private publishLocal(count: number, now: number): void {
    this.localPublished = { count, clock: nextClock(this.localPublished?.clock ?? 0, now), at: now };
    this.sinks.toBus(entryOf(this.localId, this.localPublished));
  }
}

function nextClock(previous: number, now: number): number {
  return Math.max(previous + 1, now);
}

function entryOf(clientId: number, published: Published): RawAwarenessEntry {
  return {
    clientId,
    clock: published.clock,
    json: encoder.encode(JSON.stringify({ observers: published.count })),
  };
}
