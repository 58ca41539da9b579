import type { Role } from '@journeyboard/journey';
import type { Logger } from 'pino';
import type { Bus } from '../cluster/bus';
import { AwarenessOwners } from './awareness-owners';
import { checkPresence, presenceWithOtherRole } from './presence-check';
import { PresenceStore } from './presence-store';
import {
  encodeAwarenessMessage,
  encodeRawAwarenessEntries,
  type PresenceEntry,
  readAwarenessEntries,
} from './protocol';
import type { RoomPeer } from './room';

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
 */
export class RoomPresence {
  readonly store = new PresenceStore();
  private readonly owners = new AwarenessOwners<RoomPeer>(this.store);
  private readonly expiry: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly name: string,
    private readonly peers: ReadonlySet<RoomPeer>,
    private readonly deps: RoomPresenceDeps,
  ) {
    this.expiry = setInterval(() => this.forward(this.store.expire(), null), EXPIRY_CHECK_MS);
    this.expiry.unref();
  }

  /** Sends everyone present to a peer that just joined. */
  greet(peer: RoomPeer): void {
    const frame = this.snapshotFrame();
    if (frame) peer.send(frame);
  }

  snapshotFrame(): Uint8Array | null {
    const snapshot = this.store.snapshot();
    return snapshot ? encodeAwarenessMessage(snapshot) : null;
  }

  /** Applies a connection's checked entries for its own client id (see `AwarenessOwners`). */
  apply(peer: RoomPeer, entries: readonly PresenceEntry[], role: Role): AwarenessResult {
    const decision = this.owners.decide(peer, entries);
    if (decision.kind === 'foreign_client') return decision;
    if (decision.kind === 'contested') return { kind: 'contested', holder: decision.holder };
    if (presenceWithOtherRole(decision.entries, role)) return { kind: 'wrong_role' };
    this.forward(this.store.apply(decision.entries), peer);
    return { kind: 'ok' };
  }

  /** The connection left: its state is removed for everyone, and its clock forgotten. */
  leave(peer: RoomPeer): void {
    const clientId = this.owners.release(peer);
    if (clientId === undefined) return;
    this.forward(this.store.remove([clientId]), peer);
    // The same client reconnecting starts its clock where it left off.
    this.store.meta.delete(clientId);
  }

  /** An awareness update another relay published: checked like a client's, then forwarded to every peer. */
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
    this.forward(this.store.apply(checked.entries), 'bus');
  }

  close(): void {
    this.closed = true;
    clearInterval(this.expiry);
    this.store.clear();
  }

  /** Sends changed entries to every peer but their origin, and to the other relays unless they came from there. */
  private forward(entries: readonly PresenceEntry[], origin: RoomPeer | 'bus' | null): void {
    if (entries.length === 0 || this.closed) return;
    const update = encodeRawAwarenessEntries(entries);
    const frame = encodeAwarenessMessage(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(frame);
    if (origin !== 'bus')
      void this.deps.bus.publish(this.name, { kind: 'awareness', update }).catch(() => {});
  }
}
