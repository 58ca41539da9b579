import {
  PRESENCE_LIMITS,
  type Refusal,
  type Role,
  type SessionPermissions,
  type SessionSnapshot,
} from '@journeyboard/journey';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { Bus, RoomMessage } from '../cluster/bus';
import type { Metrics } from '../metrics';
import type { DocName, Store } from '../storage/store';
import { RoomAuthority } from './authority/room-authority';
import type { JudgeContext } from './authority/update-judge';
import { observersAmong, writersAmong } from './delivery-order';
import { Outbox } from './outbox';
import type { PresenceStore } from './presence-store';
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate, type PresenceEntry } from './protocol';
import { RoomLog, type StoredLog } from './room-log';
import type { RoomPeer } from './room-peer';
import { type AwarenessResult, RoomPresence } from './room-presence';
import { InvalidUpdateError, RoomState } from './room-state';
import { SessionMirror } from './session-mirror';
import { SlicedDelivery } from './sliced-delivery';
import type { UpdateMerger } from './update-merger';
import { isValidUpdate } from './update-validation';

export interface RoomLimits {
  maxDocBytes: number;
  compactLogEntries: number;
  compactLogBytes: number;
  /** Cap on one presence state's JSON arriving from the bus (MAX_PRESENCE_BYTES). */
  maxPresenceBytes?: number;
  /** The least time between two bursts of broadcasts to the observers (see `SlicedDelivery`). */
  observerBurstMs?: number;
  /** How long one burst's writes to the observers are spread over (see `SlicedDelivery`). */
  observerSpreadMs?: number;
}

export interface RoomDeps {
  store: Store;
  /** Merges for compaction, off the relay's thread. */
  merger: UpdateMerger;
  bus: Bus;
  metrics: Metrics;
  logger: Logger;
  limits: RoomLimits;
  /** Called after a connection's write to a session room was accepted (ballot results may need publishing). */
  onSessionWrite?: (room: Room) => void;
  /** Called once an update to the room is durable, before it is broadcast (the board's activity). */
  onUpdateStored?: (room: Room) => void;
}

export type ApplyResult =
  | 'accepted'
  | 'noop'
  | 'invalid'
  | 'too_large'
  | 'unavailable'
  /** The rules refuse it (see authority/update-judge.ts): nothing was taken. */
  | { refused: Refusal };
export type { AwarenessResult };

/** How long a peer that sends no sync step 1 waits for ours on a room just loaded. */
const OWED_STATE_VECTOR_MS = 250;

/**
 * One loaded document and everyone connected to it. Updates are applied at once (so later messages
 * validate against them) but broadcast only once the store reports them durable: a client can never
 * receive an update that a crash could lose.
 *
 * The document is held as Yjs updates (`RoomState`), not as a `Y.Doc`: the relay only validates, stores
 * and forwards updates and answers sync requests. Only the session room also keeps a `Y.Doc`, because
 * the relay reads the lock and the phase from it.
 */
export class Room {
  private readonly state: RoomState;
  /** Judges every client's update against the document's declared rules. */
  private readonly authority: RoomAuthority;
  /** The session document (session rooms only): permissions and the floor holder are read from it. */
  private readonly session: SessionMirror | null;
  readonly peers = new Set<RoomPeer>();
  /** Presence (awareness): bound per connection, forwarded as received (see `RoomPresence`). */
  private readonly presence: RoomPresence;
  private readonly missingRequested = new WeakMap<RoomPeer, number>();
  private readonly stateVectorOwed = new Set<RoomPeer>();
  /** The observers among the peers: served after the facilitator and participants (see `addPeer`). */
  private readonly observers = new Set<RoomPeer>();
  private readonly delivered = (deliveries: number, bytes: number): void => {
    this.deps.metrics.updatesBroadcast.inc(deliveries);
    this.deps.metrics.bytesOut.inc(bytes);
  };
  /** Broadcasts: to the facilitator and participants at once, then to the observers in slices. */
  private readonly outbox: Outbox<RoomPeer>;
  /** Every accepted update, stored before it is broadcast; compacted into snapshots (see `RoomLog`). */
  private readonly log: RoomLog;
  private leaveBus: (() => Promise<void>) | null = null;
  private closed = false;
  /** The session room this room takes its floor holder from, and how to stop. */
  private floorSource: { session: Room; stop: () => void } | null = null;

  private constructor(
    readonly name: string,
    readonly docName: DocName,
    private readonly deps: RoomDeps,
    state: RoomState,
    stored: StoredLog,
  ) {
    this.state = state;
    this.log = new RoomLog(name, state, deps, stored);
    const toObservers = new SlicedDelivery<RoomPeer>(
      () => observersAmong(this.peers, this.observers),
      this.delivered,
      { burstIntervalMs: deps.limits.observerBurstMs ?? 0, spreadMs: deps.limits.observerSpreadMs ?? 0 },
    );
    this.outbox = new Outbox(() => writersAmong(this.peers, this.observers), this.delivered, {
      // A room without observers (most workshops) queues nothing for them.
      push: (frames, origins) => {
        if (this.observers.size > 0) toObservers.push(frames, origins);
      },
    });
    this.authority = new RoomAuthority(docName, () => this.state.encodeState());
    this.session = docName === 'session' ? new SessionMirror(state.encodeState(), name, deps.logger) : null;
    this.presence = new RoomPresence(name, this.peers, {
      bus: deps.bus,
      logger: deps.logger,
      maxStateBytes: deps.limits.maxPresenceBytes ?? PRESENCE_LIMITS.maxStateBytes,
    });
    this.session?.floor.follow((holder) => this.presence.setFloorHolder(holder));
  }

  /** The room's presence states (read-only view, for tests and diagnostics). */
  get awareness(): PresenceStore {
    return this.presence.store;
  }

  /**
   * Takes the floor holder (whose presence is forwarded although they observe) from the board's session
   * room, now and whenever it changes. The room manager calls it on every acquire, so a session room
   * loaded again is followed instead of the one it replaced.
   */
  followFloor(session: Room): void {
    if (session === this || this.floorSource?.session === session || this.closed) return;
    this.floorSource?.stop();
    const stop = session.session?.floor.follow((holder) => this.presence.setFloorHolder(holder));
    if (stop) this.floorSource = { session, stop };
  }

  /** Loads the room completely (snapshot and log) before it answers anyone. */
  static async load(name: string, docName: DocName, deps: RoomDeps): Promise<Room> {
    const stored = await deps.store.loadRoom(name);
    const room = new Room(name, docName, deps, RoomState.fromStored(stored.snapshot, stored.updates), {
      lastSeq: stored.lastSeq,
      entries: stored.updates.length,
      bytes: stored.logBytes,
    });
    room.leaveBus = await deps.bus.joinRoom(name, room.onBusMessage);
    // A long log (a crash before compaction) is merged soon, so the next load starts from a snapshot;
    // not at once, so the first answers go out first.
    setTimeout(() => room.maybeCompact(), 1000).unref();
    return room;
  }

  get size(): { logEntries: number; logBytes: number; docBytes: number } {
    return { ...this.log.size, docBytes: this.state.byteLength };
  }

  /** Deflates the held state if nobody needed it for `idleMs` (see `RoomState.rest`). */
  rest(idleMs: number): boolean {
    return !this.closed && this.state.rest(idleMs);
  }

  /** Whether the held state is deflated now (`rest`). */
  get resting(): boolean {
    return this.state.resting;
  }

  /** The whole document as one update (exports, checkpoints). */
  encodeState(): Uint8Array {
    return this.state.encodeState();
  }

  /** A copy of the document as it is now, built from `encodeState` (the room itself holds none). */
  toDoc(): Y.Doc {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, this.state.encodeState());
    return doc;
  }

  /**
   * A peer joins. An observer is served after the facilitator and participants, whenever it joined: in a
   * town hall the people working on the board get each other's updates before the same bytes are written
   * to hundreds of observers' sockets, not after them.
   */
  addPeer(peer: RoomPeer, observer = false): void {
    this.peers.add(peer);
    if (observer) this.observers.add(peer);
    // Our state vector asks the peer for what we lack. On a room just loaded, finding it reads the clocks
    // of every stored section (5–7 ms for a 2,000-step board from its snapshot, more from a long log):
    // that waits until the peer's own sync step 1 is answered, so its document is not held up by it (or
    // a moment, for a peer that never asks).
    if (this.state.knowsStateVector) peer.send(encodeSyncStep1(this.state.encodeStateVector()));
    else {
      this.stateVectorOwed.add(peer);
      setTimeout(() => this.sendOwedStateVector(peer), OWED_STATE_VECTOR_MS).unref();
    }
    this.presence.greet(peer);
  }

  /** Sends our sync step 1 to a peer that has not had it yet (see `addPeer`). */
  sendOwedStateVector(peer: RoomPeer): void {
    if (!this.stateVectorOwed.delete(peer) || this.closed) return;
    peer.send(encodeSyncStep1(this.state.encodeStateVector()));
  }

  removePeer(peer: RoomPeer): void {
    this.peers.delete(peer);
    this.observers.delete(peer);
    this.stateVectorOwed.delete(peer);
    this.presence.leave(peer);
  }

  /** The lock and phase (session rooms only; see `SessionMirror.permissions`). */
  sessionPermissions(): SessionPermissions {
    return this.sessionOnly().permissions();
  }

  private sessionOnly(): SessionMirror {
    if (!this.session) throw new Error(`${this.name} is not a session room`);
    return this.session;
  }

  /** The answer to a sync step 1, computed only once every accepted update is durable. */
  async answerSyncStep1(stateVector: Uint8Array): Promise<Uint8Array> {
    await this.whenDurable();
    return encodeSyncStep2(this.state.encodeDiff(stateVector));
  }

  /**
   * Validates and applies an update from a connection that may write. Storing and broadcasting
   * continue in the background, in the order updates were applied.
   */
  applyFromPeer(peer: RoomPeer, update: Uint8Array, context: JudgeContext): ApplyResult {
    if (this.deps.store.unavailable?.()) return 'unavailable';
    if (this.state.byteLength + update.byteLength > this.deps.limits.maxDocBytes && !this.fits(update)) {
      return isValidUpdate(update) ? 'too_large' : 'invalid';
    }
    let outcome: ReturnType<RoomState['apply']>;
    try {
      outcome = this.state.apply(update, this.authority.judgeFor(context));
    } catch (error) {
      if (!(error instanceof InvalidUpdateError)) {
        this.deps.logger.error({ err: error, room: this.name }, 'the stored document could not be read');
      }
      return 'invalid';
    }
    // Parts waiting for missing dependencies change no visible state yet, but they were sent to us and
    // are stored like any other update; only an update bringing nothing new is dropped.
    if (outcome.kind === 'noop') return 'noop';
    if (outcome.kind === 'refused') return { refused: outcome.refusal };
    this.changed(outcome.update);
    this.persistThenBroadcast(outcome.update, peer);
    if (outcome.missing) this.requestMissing(peer);
    if (this.session) this.deps.onSessionWrite?.(this);
    return 'accepted';
  }

  /** The whole session state (session rooms only), as the journey package reads it. */
  readSession(): SessionSnapshot {
    return this.sessionOnly().read();
  }

  /**
   * A change the relay itself makes to the session document (the ballot results it publishes), as its
   * own Yjs client: applied, stored, then broadcast to everyone like a connection's update.
   */
  writeSession(write: (doc: Y.Doc) => void): ApplyResult {
    const session = this.sessionOnly();
    if (this.closed || this.deps.store.unavailable?.()) return 'unavailable';
    const update = session.write(write);
    if (!update) return 'noop';
    const outcome = this.state.apply(update, this.authority.record);
    if (outcome.kind !== 'accepted') return 'noop';
    this.persistThenBroadcast(outcome.update, null);
    return 'accepted';
  }

  /**
   * Whether the document stays under its size limit with `update`. The held updates' total
   * over-estimates the document (repeats, deleted content), so it is measured before refusing: merged,
   * then without deleted content, as a `Y.Doc` would store it.
   */
  private fits(update: Uint8Array): boolean {
    const limit = this.deps.limits.maxDocBytes - update.byteLength;
    if (this.state.encodeState().byteLength <= limit) return true;
    return this.state.encodeCollected().byteLength <= limit;
  }

  /** Keeps the session document (the only one the relay reads) in step with the held state. */
  private changed(update: Uint8Array): void {
    this.session?.apply(update);
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
    peer.send(encodeSyncStep1(this.state.encodeStateVector()));
  }

  private persistThenBroadcast(update: Uint8Array, origin: RoomPeer | null): void {
    const { bus, logger } = this.deps;
    this.log.append(update, (stored, moreFollow) => {
      if (!stored) {
        origin?.close(1011, 'storage failure');
        return;
      }
      if (this.closed) {
        this.deps.onUpdateStored?.(this);
        return;
      }
      this.outbox.push(encodeUpdate(update), origin);
      // The last update of its commit goes out at once; one of several is written with the others.
      if (!moreFollow) this.outbox.flush();
      this.deps.onUpdateStored?.(this);
      void bus.publish(this.name, { kind: 'update', update }).catch((error: unknown) => {
        logger.error({ err: error, room: this.name }, 'publishing an update to the bus failed');
      });
      this.maybeCompact();
    });
  }

  /**
   * Applies a connection's presence entries (already checked against the schema, see `checkPresence`)
   * for its own client id, if their `user.role` is the connection's. `identity` (relay-issued) tells
   * the floor holder among observers.
   */
  applyAwareness(
    peer: RoomPeer,
    entries: readonly PresenceEntry[],
    role: Role,
    identity: string | null = null,
  ): AwarenessResult {
    return this.presence.apply(peer, entries, role, identity);
  }

  /** Everyone present, as one awareness message (the answer to a query-awareness), or null. */
  awarenessSnapshot(): Uint8Array | null {
    return this.presence.snapshotFrame();
  }

  private readonly onBusMessage = (message: RoomMessage): void => {
    if (this.closed) return;
    if (message.kind === 'awareness') {
      this.presence.applyFromBus(message.update);
      return;
    }
    let outcome: ReturnType<RoomState['apply']>;
    try {
      outcome = this.state.apply(message.update, this.authority.record);
    } catch (error) {
      this.deps.logger.error({ err: error, room: this.name }, 'an update from the bus could not be applied');
      return;
    }
    if (outcome.kind !== 'accepted') return;
    this.changed(outcome.update);
    this.outbox.push(encodeUpdate(outcome.update), null);
  };

  /** Resolves once every update applied so far is durable. */
  async whenDurable(): Promise<void> {
    await this.log.whenDurable();
  }

  private maybeCompact(): void {
    if (!this.closed) this.log.maybeCompact();
  }

  /** Merges the log into a snapshot now (see `RoomLog.compact`). */
  async compact(options: { collect: boolean } = { collect: false }): Promise<void> {
    await this.log.compact(options);
  }

  /** Makes everything durable, compacts a non-empty log (faster next load) and releases the room. */
  async unload(options: { compact: boolean }): Promise<void> {
    await this.log.settle(options);
    this.closed = true;
    this.authority.reset();
    this.floorSource?.stop();
    this.floorSource = null;
    this.presence.close();
    this.session?.close();
    if (this.leaveBus) await this.leaveBus();
  }
}
