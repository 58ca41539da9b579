import { isRelayClientId, type Role } from '@journeyboard/journey';
import type { Logger } from 'pino';
import type { Bus } from '../cluster/bus';
import { AwarenessOwners } from './awareness-owners';
import { FloorPresence } from './floor-presence';
import { ObserverCount } from './observer-count';
import { checkPresence, presenceWithOtherRole } from './presence-check';
import { PresenceStore } from './presence-store';
import {
  encodeAwarenessMessage,
  encodeRawAwarenessEntries,
  type PresenceEntry,
  readAwarenessEntries,
} from './protocol';
import type { RoomPeer } from './room-peer';

export type AwarenessResult =
  | { kind: 'ok' }
  | { kind: 'foreign_client' }
  /** A state whose `user.role` is not the connection's role. */
  | { kind: 'wrong_role' }
  /** Another open connection holds the client id this one claims: see `AwarenessOwners`. */
  | { kind: 'contested'; holder: RoomPeer };

/** How often states that were not renewed are looked for (y-protocols checks as often). */
const EXPIRY_CHECK_MS = 3000;

export interface RoomPresenceDeps {
  bus: Bus;
  logger: Logger;
  /** Cap on one state's JSON from the bus (the sending relay checked its own connections' states). */
  maxStateBytes: number;
}

/**
 * The presence (awareness) side of a room: who is here, bound per connection (`AwarenessOwners`),
 * forwarded to the room's peers and to the other relays as the bytes each owner sent (`PresenceStore`).
 * Observers are counted, not forwarded (`ObserverCount`): with hundreds of them, every observer's cursor
 * sent to every socket would be most of the relay's work and of each client's.
 */
export class RoomPresence {
  readonly store = new PresenceStore();
  private readonly owners = new AwarenessOwners<RoomPeer>(this.store);
  readonly observers: ObserverCount<RoomPeer>;
  /** The one observer whose presence is forwarded anyway: the floor holder (see `FloorPresence`). */
  private readonly floor = new FloorPresence<RoomPeer>(this.store, (entries, origin) =>
    this.forward(entries, origin),
  );
  private readonly expiry: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly name: string,
    private readonly peers: ReadonlySet<RoomPeer>,
    private readonly deps: RoomPresenceDeps,
  ) {
    this.observers = new ObserverCount<RoomPeer>({
      toPeers: (entry) => this.sendToPeers(encodeRawAwarenessEntries([entry])),
      toBus: (entry) => this.publish(encodeRawAwarenessEntries([entry])),
    });
    this.expiry = setInterval(() => {
      this.forward(this.store.expire(), null);
      this.observers.tick();
    }, EXPIRY_CHECK_MS);
    this.expiry.unref();
  }

  /** Sends everyone present (and the observer count) to a peer that just joined. */
  greet(peer: RoomPeer): void {
    const frame = this.snapshotFrame();
    if (frame) peer.send(frame);
  }

  snapshotFrame(): Uint8Array | null {
    const count = this.observers.greeting();
    const snapshot = this.store.snapshot(count ? [count] : []);
    return snapshot ? encodeAwarenessMessage(snapshot) : null;
  }

  /**
   * Applies a connection's checked entries for its own client id (see `AwarenessOwners`). Entries under
   * the relay's own ids are dropped when they echo what the relay sent, and refused otherwise. An
   * observer's state is kept to count the person it presents; nobody else receives it, unless the
   * connection's relay-issued `identity` holds the floor (`setFloorHolder`).
   */
  apply(
    peer: RoomPeer,
    entries: readonly PresenceEntry[],
    role: Role,
    identity: string | null = null,
  ): AwarenessResult {
    const own: PresenceEntry[] = [];
    for (const entry of entries) {
      if (!isRelayClientId(entry.clientId)) own.push(entry);
      else if (!this.observers.isEcho(entry.clientId, entry.clock, entry.state))
        return { kind: 'foreign_client' };
    }
    const decision = this.owners.decide(peer, own);
    if (decision.kind === 'foreign_client') return decision;
    if (decision.kind === 'contested') return { kind: 'contested', holder: decision.holder };
    if (presenceWithOtherRole(decision.entries, role)) return { kind: 'wrong_role' };
    if (role === 'observer') {
      const latest = decision.entries.at(-1);
      if (latest) this.observers.setLocal(peer, userIdOf(latest.state));
      this.floor.observe(peer, identity, decision.entries);
      return { kind: 'ok' };
    }
    this.forward(this.store.apply(decision.entries), peer);
    return { kind: 'ok' };
  }

  /** The connection left: its state is removed for everyone, and its clock forgotten. */
  leave(peer: RoomPeer): void {
    this.observers.setLocal(peer, null);
    const clientId = this.owners.release(peer);
    if (clientId !== undefined) this.forward(this.store.remove([clientId]), peer);
    this.floor.leave(peer);
    if (clientId === undefined) return;
    // The same client reconnecting starts its clock where it left off.
    this.store.meta.delete(clientId);
  }

  /**
   * An awareness update another relay published: checked like a client's, then forwarded to every peer;
   * a relay's observer count is added to the board's instead.
   */
  applyFromBus(update: Uint8Array): void {
    let checked: ReturnType<typeof checkPresence>;
    try {
      checked = checkPresence(readAwarenessEntries(update), this.deps.maxStateBytes);
    } catch (error) {
      this.deps.logger.warn({ err: error, room: this.name }, 'a malformed awareness update from the bus');
      return;
    }
    if (!checked.ok) {
      this.deps.logger.warn({ room: this.name, detail: checked.detail }, 'an invalid presence from the bus');
      return;
    }
    const people: PresenceEntry[] = [];
    for (const entry of checked.entries) {
      if (!isRelayClientId(entry.clientId)) people.push(entry);
      else
        this.observers.applyRemote(
          entry.clientId,
          (entry.state as { observers: number } | null)?.observers ?? null,
        );
    }
    this.forward(this.store.apply(people), 'bus');
  }

  /**
   * Who has the floor now (the session's `floorAuthorId`): the previous holder's state is removed from
   * everyone, the new holder's latest state sent at once.
   */
  setFloorHolder(holder: string | null): void {
    this.floor.setHolder(holder);
  }

  close(): void {
    this.closed = true;
    this.observers.close();
    clearInterval(this.expiry);
    this.store.clear();
  }

  /** Sends changed entries to every peer but their origin, and to the other relays unless they came from there. */
  private forward(entries: readonly PresenceEntry[], origin: RoomPeer | 'bus' | null): void {
    if (entries.length === 0 || this.closed) return;
    this.floor.noteForwarded(entries);
    const update = encodeRawAwarenessEntries(entries);
    this.sendToPeers(update, origin);
    if (origin !== 'bus') this.publish(update);
  }

  /** One frame, encoded once, to every peer but `except`. */
  private sendToPeers(update: Uint8Array, except: RoomPeer | 'bus' | null = null): void {
    if (this.closed) return;
    const frame = encodeAwarenessMessage(update);
    for (const peer of this.peers) if (peer !== except) peer.send(frame);
  }

  private publish(update: Uint8Array): void {
    if (this.closed) return;
    void this.deps.bus.publish(this.name, { kind: 'awareness', update }).catch(() => {});
  }
}

/** The person a presence state presents (`user.id`), if any. */
function userIdOf(state: unknown): string | null {
  const id = (state as { user?: { id?: unknown } } | null)?.user?.id;
  return typeof id === 'string' ? id : null;
}
