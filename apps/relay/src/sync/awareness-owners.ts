import type { AwarenessEntry } from './protocol';

/** What the owners read of a room's presence: who has a state, and the clock of each client id. */
export interface PresenceStates {
  getStates(): ReadonlyMap<number, unknown>;
  readonly meta: Map<number, { clock: number }>;
}

/**
 * What to do with a connection's awareness message:
 * - `apply`: these entries (its own client id's) are applied;
 * - `foreign_client`: it tried to change a client id another open connection holds;
 * - `contested`: its first claim is an id another connection still holds: the same client reconnecting
 *   before its old socket is known to be gone, or an impostor. Only asking the holder tells which.
 */
export type ClaimDecision<Peer, Entry extends AwarenessEntry = AwarenessEntry> =
  | { kind: 'apply'; entries: Entry[] }
  | { kind: 'foreign_client' }
  | { kind: 'contested'; holder: Peer; clientId: number };

/**
 * Which connection owns which awareness client id. A connection binds to the first client id it sends
 * a state for that nobody else holds, and may then change only that one. Stock clients echo the states
 * of others they received from us (at the clock they had): those are ignored, not refused.
 */
export class AwarenessOwners<Peer> {
  private readonly byId = new Map<number, Peer>();
  private readonly byPeer = new Map<Peer, number>();

  constructor(private readonly awareness: PresenceStates) {}

  ownerOf(clientId: number): Peer | undefined {
    return this.byId.get(clientId);
  }

  idOf(peer: Peer): number | undefined {
    return this.byPeer.get(peer);
  }

  /** Forgets the peer's binding; returns the client id it held. */
  release(peer: Peer): number | undefined {
    const clientId = this.byPeer.get(peer);
    if (clientId === undefined) return undefined;
    this.byPeer.delete(peer);
    if (this.byId.get(clientId) === peer) this.byId.delete(clientId);
    return clientId;
  }

  decide<Entry extends AwarenessEntry>(peer: Peer, entries: readonly Entry[]): ClaimDecision<Peer, Entry> {
    let own = this.byPeer.get(peer);
    if (own === undefined) {
      for (const entry of entries) {
        if (entry.state === null) continue;
        const holder = this.byId.get(entry.clientId);
        if (holder === undefined) {
          // A state held without an owner came from another relay: that client is not this connection.
          if (this.awareness.getStates().has(entry.clientId)) continue;
          own = this.bind(peer, entry.clientId);
          break;
        }
        if (holder === peer) continue;
        if (!this.awareness.getStates().has(entry.clientId)) {
          // The holder announced it is leaving (its state removed) but its socket has not closed yet:
          // the same client, back on a new connection. The old clock goes too, so its state applies.
          this.release(holder);
          this.awareness.meta.delete(entry.clientId);
          own = this.bind(peer, entry.clientId);
          break;
        }
        if (entry.clock > this.knownClock(entry.clientId)) {
          return { kind: 'contested', holder, clientId: entry.clientId };
        }
      }
    }
    const apply: Entry[] = [];
    for (const entry of entries) {
      if (entry.clientId === own) {
        apply.push(entry);
        continue;
      }
      const holder = this.byId.get(entry.clientId);
      if (holder !== undefined && holder !== peer && entry.clock > this.knownClock(entry.clientId)) {
        return { kind: 'foreign_client' };
      }
    }
    return { kind: 'apply', entries: apply };
  }

  private knownClock(clientId: number): number {
    return this.awareness.meta.get(clientId)?.clock ?? 0;
  }

  private bind(peer: Peer, clientId: number): number {
    this.byId.set(clientId, peer);
    this.byPeer.set(peer, clientId);
    return clientId;
  }
}
