import { readSessionPermissions, type SessionPermissions } from '@journeyboard/journey';
import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Bus, RoomMessage } from '../cluster/bus';
import type { Metrics } from '../metrics';
import type { DocName, Store } from '../storage/store';
import {
  type AwarenessEntry,
  encodeAwarenessEntries,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './protocol';
import { isValidUpdate } from './update-validation';

/** What a room needs from a connection. */
export interface RoomPeer {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface RoomLimits {
  maxDocBytes: number;
  compactLogEntries: number;
  compactLogBytes: number;
}

export interface RoomDeps {
  store: Store;
  bus: Bus;
  metrics: Metrics;
  logger: Logger;
  limits: RoomLimits;
}

export type ApplyResult = 'accepted' | 'noop' | 'invalid' | 'too_large' | 'unavailable';
export type AwarenessResult = 'ok' | 'foreign_client';

const BUS_ORIGIN = Symbol('bus');

/**
 * One loaded document and everyone connected to it. Updates are applied at once (so later messages
 * validate against them) but broadcast only once the store reports them durable: a client can never
 * receive an update that a crash could lose.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness;
  readonly peers = new Set<RoomPeer>();
  /** Which connection owns which awareness client id (bound on its first awareness message). */
  private readonly awarenessOwners = new Map<number, RoomPeer>();
  private readonly peerClientIds = new Map<RoomPeer, number>();
  private readonly missingRequested = new WeakMap<RoomPeer, number>();
  private pendingAppends = 0;
  private durable: Promise<void> = Promise.resolve();
  private lastSeq = 0;
  private logEntries = 0;
  private logBytes = 0;
  private docBytes = 0;
  private compaction: Promise<void> | null = null;
  /**
   * The whole document encoded, while nothing changed since it was encoded (after loading from a
   * snapshot, or after a compaction): the answer to a fresh client's sync step 1 without re-encoding.
   */
  private fullState: Uint8Array | null = null;
  /** Counts changes to the document, so a snapshot can tell whether it is still the whole state. */
  private version = 0;
  private permissionsCache: { version: number; value: SessionPermissions } | null = null;
  private leaveBus: (() => Promise<void>) | null = null;
  private closed = false;

  private constructor(
    readonly name: string,
    readonly docName: DocName,
    private readonly deps: RoomDeps,
  ) {
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The relay itself is not a participant: it must never appear in anyone's list of peers.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Loads the room completely (snapshot and log) before it answers anyone. */
  static async load(name: string, docName: DocName, deps: RoomDeps): Promise<Room> {
    const room = new Room(name, docName, deps);
    const stored = await deps.store.loadRoom(name);
    const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    if (parts.length > 0) {
      Y.transact(room.doc, () => {
        for (const part of parts) Y.applyUpdate(room.doc, part);
      });
    }
    room.lastSeq = stored.lastSeq;
    room.logEntries = stored.updates.length;
    room.logBytes = stored.logBytes;
    room.docBytes = parts.reduce((sum, part) => sum + part.byteLength, 0);
    room.leaveBus = await deps.bus.joinRoom(name, room.onBusMessage);
    // A room freshly built from its snapshot alone answers fresh clients with the snapshot's bytes.
    if (stored.snapshot && stored.updates.length === 0) room.fullState = stored.snapshot;
    // A long log (a crash before compaction) is merged soon, so the next load starts from a snapshot;
    // not at once, so the first answers go out first.
    setTimeout(() => room.maybeCompact(), 1000).unref();
    return room;
  }

  get size(): { logEntries: number; logBytes: number; docBytes: number } {
    return { logEntries: this.logEntries, logBytes: this.logBytes, docBytes: this.docBytes };
  }

  addPeer(peer: RoomPeer): void {
    this.peers.add(peer);
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      peer.send(
        encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])),
      );
    }
  }

  removePeer(peer: RoomPeer): void {
    this.peers.delete(peer);
    const clientId = this.peerClientIds.get(peer);
    if (clientId !== undefined) {
      this.peerClientIds.delete(peer);
      this.awarenessOwners.delete(clientId);
      awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], peer);
      // Forget the clock too: the same client reconnecting starts its clock where it left off.
      this.awareness.meta.delete(clientId);
    }
  }

  /**
   * The lock and phase (for the session room), read through the journey package's
   * `readSessionPermissions`, again only after the document changed: every write to every room of the
   * board checks them.
   */
  sessionPermissions(): SessionPermissions {
    if (this.permissionsCache?.version !== this.version) {
      this.permissionsCache = { version: this.version, value: readSessionPermissions(this.doc) };
    }
    return this.permissionsCache.value;
  }

  /** The answer to a sync step 1, computed only once every accepted update is durable. */
  async answerSyncStep1(stateVector: Uint8Array): Promise<Uint8Array> {
    await this.whenDurable();
    // An empty state vector (a client that has nothing yet) is the single byte 0.
    const fresh = stateVector.byteLength === 1 && stateVector[0] === 0;
    if (fresh && this.fullState) return encodeSyncStep2(this.fullState);
    return encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
  }

  /**
   * Validates and applies an update from a connection that may write. Storing and broadcasting
   * continue in the background, in the order updates were applied.
   */
  applyFromPeer(peer: RoomPeer, update: Uint8Array): ApplyResult {
    if (this.deps.store.unavailable?.()) return 'unavailable';
    if (!isValidUpdate(update)) return 'invalid';
    if (this.docBytes + update.byteLength > this.deps.limits.maxDocBytes) {
      // docBytes over-estimates (it adds every update); measure before refusing.
      this.docBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
      if (this.docBytes + update.byteLength > this.deps.limits.maxDocBytes) return 'too_large';
    }
    const pendingBefore = this.doc.store.pendingStructs?.update;
    const pendingDsBefore = this.doc.store.pendingDs;
    const effective: Uint8Array[] = [];
    const collect = (change: Uint8Array) => effective.push(change);
    this.doc.on('update', collect);
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch {
      return 'invalid';
    } finally {
      this.doc.off('update', collect);
    }
    let toStore: Uint8Array;
    if (effective.length === 1) toStore = effective[0]!;
    else if (effective.length > 1) toStore = Y.mergeUpdates(effective);
    else if (
      this.doc.store.pendingStructs?.update !== pendingBefore ||
      this.doc.store.pendingDs !== pendingDsBefore
    ) {
      // Parts waiting for missing dependencies change no visible state yet, but they were sent to us
      // and must survive a restart like any other update.
      toStore = update;
    } else return 'noop';
    this.docBytes += toStore.byteLength;
    this.version++;
    this.fullState = null;
    this.persistThenBroadcast(toStore, peer);
    if (this.doc.store.pendingStructs) this.requestMissing(peer);
    return 'accepted';
  }

  /**
   * The update depends on changes we do not have: typically ones this same client made while it could not
   * write (dropped then). Asking it for a sync brings them now that it may write, instead of leaving its
   * later work stuck behind them.
   */
  private requestMissing(peer: RoomPeer): void {
    const now = Date.now();
    if (now - (this.missingRequested.get(peer) ?? 0) < 1000) return;
    this.missingRequested.set(peer, now);
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
  }

  private persistThenBroadcast(update: Uint8Array, origin: RoomPeer): void {
    const { store, metrics, logger, bus } = this.deps;
    const started = performance.now();
    this.pendingAppends++;
    const settled = store.appendUpdate(this.name, update).then(
      (seq) => {
        this.pendingAppends--;
        metrics.storageWriteSeconds.observe((performance.now() - started) / 1000);
        metrics.updatesAccepted.inc();
        this.lastSeq = Math.max(this.lastSeq, seq);
        this.logEntries++;
        this.logBytes += update.byteLength;
        return true;
      },
      (error: unknown) => {
        this.pendingAppends--;
        metrics.messagesRejected.inc({ reason: 'storage_error' });
        logger.error({ err: error, room: this.name }, 'storing an update failed; it was not accepted');
        return false;
      },
    );
    this.durable = settled.then(() => undefined);
    void settled.then((stored) => {
      if (!stored) {
        origin.close(1011, 'storage failure');
        return;
      }
      if (this.closed) return;
      this.broadcast(encodeUpdate(update), origin);
      void bus.publish(this.name, { kind: 'update', update }).catch((error: unknown) => {
        logger.error({ err: error, room: this.name }, 'publishing an update to the bus failed');
      });
      this.maybeCompact();
    });
  }

  private broadcast(frame: Uint8Array, except: RoomPeer | null): void {
    let sent = 0;
    for (const peer of this.peers) {
      if (peer === except) continue;
      peer.send(frame);
      sent++;
    }
    this.deps.metrics.updatesBroadcast.inc(sent);
  }

  /**
   * Applies a connection's awareness entries. A connection binds to its client id with the first entry
   * of its first awareness message that carries a state for a client nobody else holds; only entries for
   * that id are ever applied. Stock clients echo other clients' states they received from us: those are
   * ignored. An entry that would change a client owned by another open connection is refused.
   */
  applyAwareness(peer: RoomPeer, entries: readonly AwarenessEntry[]): AwarenessResult {
    let own = this.peerClientIds.get(peer);
    if (own === undefined) {
      const candidate = entries.find(
        (entry) =>
          entry.state !== null &&
          !this.awarenessOwners.has(entry.clientId) &&
          !this.awareness.getStates().has(entry.clientId),
      );
      if (candidate) {
        own = candidate.clientId;
        this.peerClientIds.set(peer, own);
        this.awarenessOwners.set(own, peer);
      }
    }
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (entry.clientId === own) {
        accepted.push(entry);
        continue;
      }
      const owner = this.awarenessOwners.get(entry.clientId);
      const knownClock = this.awareness.meta.get(entry.clientId)?.clock ?? 0;
      if (owner !== undefined && owner !== peer && entry.clock > knownClock) return 'foreign_client';
    }
    if (accepted.length > 0) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), peer);
    }
    return 'ok';
  }

  awarenessSnapshot(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return null;
    return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const frame = encodeAwarenessMessage(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(frame);
    if (origin !== BUS_ORIGIN && !this.closed) {
      void this.deps.bus.publish(this.name, { kind: 'awareness', update }).catch(() => {});
    }
  };

  private readonly onBusMessage = (message: RoomMessage): void => {
    if (this.closed) return;
    if (message.kind === 'awareness') {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, BUS_ORIGIN);
      return;
    }
    const effective: Uint8Array[] = [];
    const collect = (change: Uint8Array) => effective.push(change);
    this.doc.on('update', collect);
    try {
      Y.applyUpdate(this.doc, message.update, BUS_ORIGIN);
    } catch (error) {
      this.deps.logger.error({ err: error, room: this.name }, 'an update from the bus could not be applied');
    } finally {
      this.doc.off('update', collect);
    }
    if (effective.length > 0) {
      this.version++;
      this.fullState = null;
    }
    for (const change of effective) {
      this.docBytes += change.byteLength;
      this.broadcast(encodeUpdate(change), null);
    }
  };

  /** Resolves once every update applied so far is durable. */
  async whenDurable(): Promise<void> {
    while (this.pendingAppends > 0) await this.durable;
  }

  private maybeCompact(): void {
    const { compactLogEntries, compactLogBytes } = this.deps.limits;
    if (this.compaction || this.closed) return;
    if (this.logEntries < compactLogEntries && this.logBytes < compactLogBytes) return;
    this.compaction = this.compact().finally(() => {
      this.compaction = null;
    });
  }

  /** Merges the log into a snapshot. Appends that land meanwhile have later sequence numbers and stay. */
  async compact(): Promise<void> {
    await this.whenDurable();
    if (this.logEntries === 0) return;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const version = this.version;
    const upToSeq = this.lastSeq;
    const entries = this.logEntries;
    const bytes = this.logBytes;
    try {
      await this.deps.store.compactRoom(this.name, snapshot, upToSeq);
    } catch (error) {
      this.deps.logger.error({ err: error, room: this.name }, 'compaction failed; the log is kept');
      return;
    }
    this.logEntries -= entries;
    this.logBytes -= bytes;
    this.docBytes = snapshot.byteLength + this.logBytes;
    // Valid only if nothing was applied while the snapshot was being written.
    if (this.version === version) this.fullState = snapshot;
    this.deps.metrics.compactions.inc();
    this.deps.logger.debug(
      { room: this.name, entries, snapshotBytes: snapshot.byteLength },
      'room compacted',
    );
  }

  /** Makes everything durable, compacts a non-empty log (faster next load) and releases the room. */
  async unload(options: { compact: boolean }): Promise<void> {
    if (this.compaction) await this.compaction;
    await this.whenDurable();
    if (options.compact && this.logEntries > 0) await this.compact();
    this.closed = true;
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
    if (this.leaveBus) await this.leaveBus();
  }
}
