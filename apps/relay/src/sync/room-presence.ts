import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { type AwarenessEntry, encodeAwarenessEntries, encodeAwarenessMessage } from './protocol';

export type AwarenessResult = 'ok' | 'foreign_client';

/** What presence needs from a connection. */
export interface PresencePeer {
  send(frame: Uint8Array): void;
}

/** Marks awareness changes that came from another relay, so they are not published back. */
export const BUS_ORIGIN = Symbol('bus');

/**
 * A room's presence (cursors, names): the awareness states of its connections, each bound to the one
 * client id its connection owns, relayed to the room's other peers and published for other relays.
 */
export class RoomPresence<Peer extends PresencePeer> {
  readonly awareness: awarenessProtocol.Awareness;
  /** Which connection owns which awareness client id (bound on its first awareness message). */
  private readonly owners = new Map<number, Peer>();
  private readonly clientIds = new Map<Peer, number>();

  constructor(
    doc: Y.Doc | null,
    private readonly peers: () => Iterable<Peer>,
    private readonly publish: (update: Uint8Array) => void,
  ) {
    // Awareness only needs a document for its client id and lifetime: an empty one serves.
    this.awareness = new awarenessProtocol.Awareness(doc ?? new Y.Doc());
    // The relay itself is not a participant: it must never appear in anyone's list of peers.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
  }

  /** Everyone's current state, for a peer that just joined (null when nobody has one). */
  snapshot(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return null;
    return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  /**
   * Applies a connection's awareness entries. A connection binds to its client id with the first entry
   * of its first awareness message that carries a state for a client nobody else holds; only entries for
   * that id are ever applied. Stock clients echo other clients' states they received from us: those are
   * ignored. An entry that would change a client owned by another open connection is refused.
   */
  apply(peer: Peer, entries: readonly AwarenessEntry[]): AwarenessResult {
    let own = this.clientIds.get(peer);
    if (own === undefined) {
      const candidate = entries.find(
        (entry) =>
          entry.state !== null &&
          !this.owners.has(entry.clientId) &&
          !this.awareness.getStates().has(entry.clientId),
      );
      if (candidate) {
        own = candidate.clientId;
        this.clientIds.set(peer, own);
        this.owners.set(own, peer);
      }
    }
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (entry.clientId === own) {
        accepted.push(entry);
        continue;
      }
      const owner = this.owners.get(entry.clientId);
      const knownClock = this.awareness.meta.get(entry.clientId)?.clock ?? 0;
      if (owner !== undefined && owner !== peer && entry.clock > knownClock) return 'foreign_client';
    }
    if (accepted.length > 0) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), peer);
    }
    return 'ok';
  }

  /** A presence change relayed by another relay. */
  applyFromBus(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, BUS_ORIGIN);
  }

  /** The connection left: its state goes, for everyone. */
  forget(peer: Peer): void {
    const clientId = this.clientIds.get(peer);
    if (clientId === undefined) return;
    this.clientIds.delete(peer);
    this.owners.delete(clientId);
    awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], peer);
    // Forget the clock too: the same client reconnecting starts its clock where it left off.
    this.awareness.meta.delete(clientId);
  }

  destroy(): void {
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
    this.awareness.doc.destroy();
  }

  private readonly onUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const frame = encodeAwarenessMessage(update);
    for (const peer of this.peers()) if (peer !== origin) peer.send(frame);
    if (origin !== BUS_ORIGIN) this.publish(update);
  };
}
