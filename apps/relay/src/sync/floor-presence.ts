import type { PresenceStore } from './presence-store';
import type { PresenceEntry } from './protocol';

/** Sends changed entries to every peer but `origin`, and to the other relays (`RoomPresence.forward`). */
export type FloorSink<Peer> = (entries: readonly PresenceEntry[], origin: Peer | null) => void;

interface Seat {
  /** The relay-issued identity of the connection (not the `user.id` its state claims). */
  readonly identity: string | null;
  clientId: number | null;
  /** Its latest entry, kept so that giving it the floor shows it at once. */
  last: PresenceEntry | null;
  /**
   * Added to its own clocks while its entries are forwarded, so peers take them after what they heard of
   * that client id before (a removal when the floor was taken back). Null: not forwarding now.
   */
  offset: number | null;
}

/**
 * "Giving the floor": the one observer the facilitator names (session `floorAuthorId`, a relay-issued
 * identity) has their presence forwarded to everyone like a participant's, so the room sees what they
 * point at. Every other observer's state stays with the relay (only counted, see `ObserverCount`).
 *
 * The holder is matched by the identity the connection proved (its identity token), never by the
 * `user.id` its presence claims: an observer cannot take the floor by naming someone. A holder is still
 * counted as an observer (they are one; the floor lends them a pointer, not a role).
 *
 * When the floor moves, the previous holder's state is removed from everyone (a removal entry, as
 * y-protocols sends when a client leaves) and the new holder's latest state is sent at once. Their clock is
 * shifted past whatever peers last heard for that client id, so the state is taken, not ignored as old.
 */
export class FloorPresence<Peer> {
  private holder: string | null = null;
  private readonly seats = new Map<Peer, Seat>();
  private readonly byClientId = new Map<number, Seat>();
  /** The highest clock forwarded per observer client id (removals too), kept while the room is loaded. */
  private readonly forwardedClock = new Map<number, number>();

  constructor(
    private readonly store: PresenceStore,
    private readonly sink: FloorSink<Peer>,
  ) {}

  /**
   * An observer connection's checked entries for its own client id: kept, and forwarded when its identity
   * holds the floor.
   */
  observe(peer: Peer, identity: string | null, entries: readonly PresenceEntry[]): void {
    const latest = entries.at(-1);
    if (!latest) return;
    const seat = this.seatOf(peer, identity, latest.clientId);
    seat.last = latest;
    if (!this.holds(seat)) return;
    this.sink(this.store.apply(entries.map((entry) => this.shifted(seat, entry))), peer);
  }

  /** The observer's connection left (its state, if forwarded, is removed by `RoomPresence.leave`). */
  leave(peer: Peer): void {
    const seat = this.seats.get(peer);
    if (!seat) return;
    this.seats.delete(peer);
    if (seat.clientId !== null && this.byClientId.get(seat.clientId) === seat)
      this.byClientId.delete(seat.clientId);
  }

  /** Whether this observer's state goes to everyone now. */
  forwards(peer: Peer): boolean {
    const seat = this.seats.get(peer);
    return seat !== undefined && this.holds(seat);
  }

  /** The floor changed hands (null: taken back). */
  setHolder(holder: string | null): void {
    if (holder === this.holder) return;
    const previous = this.holder;
    this.holder = holder;
    for (const [peer, seat] of this.seats) {
      if (previous !== null && seat.identity === previous && seat.clientId !== null) {
        // Everyone but the holder themselves: their own client would take the removal as a reason to
        // send its state again.
        this.sink(this.store.remove([seat.clientId]), peer);
        seat.offset = null;
      }
    }
    for (const [peer, seat] of this.seats) {
      if (!this.holds(seat) || !seat.last || seat.last.state === null) continue;
      this.sink(this.store.apply([this.shifted(seat, seat.last)]), peer);
    }
  }

  /** Records what went out for observers' client ids (called for every forwarded entry). */
  noteForwarded(entries: readonly PresenceEntry[]): void {
    for (const entry of entries) {
      const seat = this.byClientId.get(entry.clientId);
      if (!seat && !this.forwardedClock.has(entry.clientId)) continue;
      this.forwardedClock.set(
        entry.clientId,
        Math.max(entry.clock, this.forwardedClock.get(entry.clientId) ?? 0),
      );
      // A removal (taken back, expired): the next state forwarded starts past it.
      if (seat && entry.state === null) seat.offset = null;
    }
  }

  private holds(seat: Seat): boolean {
    return this.holder !== null && seat.identity === this.holder;
  }

  private seatOf(peer: Peer, identity: string | null, clientId: number): Seat {
    let seat = this.seats.get(peer);
    if (!seat) {
      seat = { identity, clientId: null, last: null, offset: null };
      this.seats.set(peer, seat);
    }
    if (seat.clientId !== clientId) {
      if (seat.clientId !== null && this.byClientId.get(seat.clientId) === seat)
        this.byClientId.delete(seat.clientId);
      seat.clientId = clientId;
      seat.offset = null;
      this.byClientId.set(clientId, seat);
    }
    return seat;
  }

  private shifted(seat: Seat, entry: PresenceEntry): PresenceEntry {
    if (seat.offset === null) {
      const known = Math.max(
        this.forwardedClock.get(entry.clientId) ?? 0,
        this.store.meta.get(entry.clientId)?.clock ?? 0,
      );
      seat.offset = Math.max(0, known + 1 - entry.clock);
    }
    return seat.offset === 0 ? entry : { ...entry, clock: entry.clock + seat.offset };
  }
}
