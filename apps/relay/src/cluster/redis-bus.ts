import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Store } from '../storage/store';
import type { Bus, BusHealth, ControlEvent, ControlListener, RoomListener, RoomMessage } from './bus';
import { ControlOutbox } from './control-outbox';
import { PeerWatch } from './peer-watch';
import { createConnections, onReconnect } from './redis-connections';
import { RoomReloader } from './room-reload';
import {
  decodeControl,
  encodeControl,
  fieldsOf,
  type InternalEvent,
  idBefore,
  redisTimeMs,
  type StreamKeys,
  streamKeys,
} from './stream-entries';
import { StreamExpiry } from './stream-expiry';

export interface RedisBusOptions {
  /** `redis://[user:password@]host:port[/db]` */
  url: string;
  /** The shared store: the source of truth a relay reloads a room from when in doubt. */
  store: Store;
  logger: Logger;
  /** Unique per process; random by default. */
  relayId?: string;
  keyPrefix?: string;
  /** Approximate length each room's update stream is trimmed to. */
  streamMaxLen?: number;
  /** Idle time after which a room's streams expire (default 1 h). */
  streamTtlMs?: number;
  /** How far back a joining room reads updates: covers the time between its load and its join. */
  joinUpdatesLookbackMs?: number;
  /** How far back a joining room reads awareness: one renewal period, so present peers show at once. */
  joinAwarenessLookbackMs?: number;
  /** Liveness beat; a relay silent for `peerTimeoutMs` is presumed dead and its rooms are reloaded. */
  heartbeatMs?: number;
  peerTimeoutMs?: number;
}

export interface RedisBusStatus {
  /** Both connections (commands and stream reads) are ready. */
  connected: boolean;
  relayId: string;
  roomsJoined: number;
  published: number;
  received: number;
  /** Publishes that failed (Redis unreachable); covered by a resync request once it is back. */
  publishFailures: number;
  reconnects: number;
  /** Rooms reloaded from the store because messages might have been missed. */
  catchUps: number;
  peersLost: number;
  lastError: string | null;
}

interface JoinedRoom {
  listener: RoomListener;
  updatesId: string;
  awarenessId: string;
}

type StreamReply = [key: Buffer, entries: [id: Buffer, fields: Buffer[]][]][] | null;

const READ_BLOCK_MS = 1000;
const READ_COUNT = 1000;

/**
 * Fan-out between relays over Redis Streams (at least once). Each relay publishes what it accepted,
 * after it is durable in the shared store, and reads the streams of the rooms it holds from the last id
 * it saw. Whenever messages could have been missed — its own connection dropped, Redis restarted empty,
 * another relay could not publish for a while or died between storing and publishing — it reloads the
 * room from the store and applies it as one update: Yjs ignores what the room already has.
 */
export class RedisBus implements Bus {
  readonly kind = 'redis';
  readonly relayId: string;
  private readonly keys: StreamKeys;
  private readonly commands: Redis;
  private readonly reader: Redis;
  private readonly rooms = new Map<string, JoinedRoom>();
  private readonly controlListeners = new Set<ControlListener>();
  private controlId = '$';
  private readerClientId: number | null = null;
  private readonly peers: PeerWatch;
  private readonly reloader: RoomReloader;
  private readonly outbox: ControlOutbox;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly expiry: StreamExpiry;
  private closed = false;
  private loop: Promise<void> = Promise.resolve();
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly state = {
    published: 0,
    received: 0,
    publishFailures: 0,
    reconnects: 0,
    lastError: null as string | null,
  };

  private constructor(private readonly options: RedisBusOptions) {
    this.relayId = options.relayId ?? randomBytes(6).toString('hex');
    this.keys = streamKeys(options.keyPrefix ?? 'jb:');
    ({ commands: this.commands, reader: this.reader } = createConnections(options.url, this.relayId));
    this.expiry = new StreamExpiry(this.commands, options.streamTtlMs ?? 3_600_000);
    this.peers = new PeerWatch(
      this.commands,
      this.keys,
      this.relayId,
      options.peerTimeoutMs ?? 3000,
      (peer) => {
        this.options.logger.warn(
          { relay: this.relayId, peer },
          'a relay went away; reloading rooms from the store',
        );
        for (const room of this.rooms.keys()) this.catchUp(room);
      },
    );
    this.outbox = new ControlOutbox(
      (event) => this.addControl(event),
      () => [...this.rooms.keys()],
      (error) => {
        this.state.lastError = error instanceof Error ? error.message : String(error);
      },
    );
    this.reloader = new RoomReloader(
      options.store,
      options.logger,
      (room, listener) => !this.closed && this.rooms.get(room)?.listener === listener,
    );
    for (const connection of [this.commands, this.reader]) {
      connection.on('error', (error: Error) => {
        this.state.lastError = error.message;
      });
    }
    onReconnect(this.commands, () => {
      this.state.reconnects += 1;
      void this.outbox.flush();
      void this.beat();
    });
    onReconnect(
      this.reader,
      () => {
        // Redis may have restarted empty, or trimmed past us: the store has everything that was durable.
        this.options.logger.warn(
          { relay: this.relayId },
          'redis connection back; reloading rooms from the store',
        );
        for (const room of this.rooms.keys()) this.catchUp(room);
      },
      () => {
        this.readerClientId = null;
      },
    );
  }

  /** Connects both connections; rejects when Redis is unreachable at start. */
  static async connect(options: RedisBusOptions): Promise<RedisBus> {
    const bus = new RedisBus(options);
    try {
      await Promise.all([bus.commands.connect(), bus.reader.connect()]);
      bus.controlId = idBefore(redisTimeMs(await bus.commands.time()));
      await bus.beat();
    } catch (error) {
      bus.commands.disconnect();
      bus.reader.disconnect();
      throw error;
    }
    bus.heartbeat = setInterval(() => void bus.beat(), options.heartbeatMs ?? 1000);
    bus.heartbeat.unref();
    bus.loop = bus.readLoop();
    return bus;
  }

  status(): RedisBusStatus {
    return {
      connected: this.commands.status === 'ready' && this.reader.status === 'ready',
      relayId: this.relayId,
      roomsJoined: this.rooms.size,
      ...this.state,
      peersLost: this.peers.lost,
      catchUps: this.reloader.reloads,
    };
  }

  health(): BusHealth {
    const { connected, relayId, lastError } = this.status();
    return { connected, relay: relayId, ...(connected ? {} : { lastError }) };
  }

  async joinRoom(room: string, listener: RoomListener): Promise<() => Promise<void>> {
    let now: number;
    let reloadWhenBack = false;
    try {
      now = redisTimeMs(await this.commands.time());
    } catch {
      // Redis is down: the room still loads and serves this relay's clients. Once Redis is back it is
      // reloaded from the store like every other room, which covers what it missed meanwhile.
      now = Date.now();
      reloadWhenBack = true;
    }
    const joined: JoinedRoom = {
      listener,
      updatesId: idBefore(now - (this.options.joinUpdatesLookbackMs ?? 10_000)),
      awarenessId: idBefore(now - (this.options.joinAwarenessLookbackMs ?? 30_000)),
    };
    this.rooms.set(room, joined);
    if (reloadWhenBack) this.outbox.requestResync();
    this.wakeReader();
    return async () => {
      if (this.rooms.get(room) !== joined) return;
      this.rooms.delete(room);
      this.expiry.forget(this.keys.updates(room));
      this.expiry.forget(this.keys.awareness(room));
    };
  }

  async publish(room: string, message: RoomMessage): Promise<void> {
    const key = message.kind === 'update' ? this.keys.updates(room) : this.keys.awareness(room);
    const maxLen = message.kind === 'update' ? (this.options.streamMaxLen ?? 10_000) : 1000;
    try {
      const add = this.addEntry(key, maxLen, 'd', Buffer.from(message.update));
      this.expiry.renew(key);
      await this.track(add);
      this.state.published += 1;
    } catch (error) {
      this.state.publishFailures += 1;
      // Awareness is renewed by clients anyway; a lost update is recovered by the others from the store.
      if (message.kind === 'update') this.outbox.requestResync();
      throw error;
    }
  }

  /**
   * Applies the event here at once and sends it to the others. While Redis is unreachable the event
   * waits and is sent once it is back, in order: a rotated key must end sessions on every relay.
   */
  async publishControl(event: ControlEvent): Promise<void> {
    this.deliverControl(event);
    await this.outbox.push(event);
  }

  private addControl(event: ControlEvent | InternalEvent): Promise<unknown> {
    return this.track(this.addEntry(this.keys.control, 1000, 'e', encodeControl(event)));
  }

  /** Adds an entry from this relay to a stream, trimmed to about `maxLen` entries. */
  private addEntry(key: string, maxLen: number, field: 'd' | 'e', value: Buffer | string) {
    return this.commands.xadd(key, 'MAXLEN', '~', maxLen, '*', 'r', this.relayId, field, value);
  }

  /** Remembers a command in flight, so a clean shutdown lets it reach Redis before disconnecting. */
  private track<T>(command: Promise<T>): Promise<T> {
    this.inFlight.add(command);
    const forget = () => this.inFlight.delete(command);
    command.then(forget, forget);
    return command;
  }

  onControl(listener: ControlListener): () => void {
    this.controlListeners.add(listener);
    return () => this.controlListeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.outbox.close();
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.wakeReader();
    await Promise.allSettled([...this.inFlight]);
    await this.peers.leave().catch(() => {});
    this.reader.disconnect();
    await this.loop;
    this.commands.disconnect();
    this.rooms.clear();
    this.controlListeners.clear();
  }

  private deliverControl(event: ControlEvent): void {
    for (const listener of this.controlListeners) {
      try {
        listener(event);
      } catch (error) {
        this.options.logger.error({ err: error, event }, 'a control listener failed');
      }
    }
  }

  /** Interrupts the blocking read so a newly joined room is read at once. */
  private wakeReader(): void {
    if (this.readerClientId === null || this.commands.status !== 'ready') return;
    void this.commands.client('UNBLOCK', this.readerClientId).catch(() => {});
  }

  private async readLoop(): Promise<void> {
    while (!this.closed) {
      try {
        if (this.readerClientId === null) this.readerClientId = Number(await this.reader.client('ID'));
        const names = [...this.rooms.keys()];
        const streams = [this.keys.control];
        const ids = [this.controlId];
        for (const name of names) {
          const joined = this.rooms.get(name)!;
          streams.push(this.keys.updates(name), this.keys.awareness(name));
          ids.push(joined.updatesId, joined.awarenessId);
        }
        const reply = (await this.reader.xreadBuffer(
          'COUNT',
          READ_COUNT,
          'BLOCK',
          READ_BLOCK_MS,
          'STREAMS',
          ...streams,
          ...ids,
        )) as StreamReply;
        if (reply) this.handleReply(reply);
      } catch (error) {
        if (this.closed) break;
        this.state.lastError = error instanceof Error ? error.message : String(error);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  private handleReply(reply: NonNullable<StreamReply>): void {
    const controlKey = this.keys.control;
    for (const [keyBuffer, entries] of reply) {
      const key = keyBuffer.toString();
      if (key === controlKey) {
        for (const [id, flat] of entries) {
          this.controlId = id.toString();
          this.handleControl(fieldsOf(flat));
        }
        continue;
      }
      const parsed = this.keys.parseRoomKey(key);
      const joined = parsed ? this.rooms.get(parsed.room) : undefined;
      if (!parsed || !joined) continue;
      const { room, stream } = parsed;
      for (const [id, flat] of entries) {
        if (stream === 'u') joined.updatesId = id.toString();
        else joined.awarenessId = id.toString();
        const fields = fieldsOf(flat);
        const data = fields.get('d');
        if (!data || fields.get('r')?.toString() === this.relayId) continue;
        this.peers.note(fields.get('r')?.toString());
        this.state.received += 1;
        const update = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        try {
          joined.listener(stream === 'u' ? { kind: 'update', update } : { kind: 'awareness', update });
        } catch (error) {
          this.options.logger.error({ err: error, room }, 'a room failed to apply a bus message');
        }
      }
    }
  }

  private handleControl(fields: Map<string, Buffer>): void {
    if (fields.get('r')?.toString() === this.relayId) return;
    let event: ControlEvent | InternalEvent;
    try {
      event = decodeControl(fields.get('e')?.toString() ?? '');
    } catch (error) {
      this.options.logger.warn({ err: error }, 'ignoring an invalid control entry');
      return;
    }
    if (event.kind === 'resync') {
      for (const room of event.rooms) if (this.rooms.has(room)) this.catchUp(room);
      return;
    }
    this.deliverControl(event);
  }

  /** Asks every relay to reload the rooms this one holds: some of its publishes may have been lost. */
  private async beat(): Promise<void> {
    if (this.closed || this.commands.status !== 'ready') return;
    try {
      await this.peers.beat();
      await this.outbox.flush();
    } catch (error) {
      this.state.lastError = error instanceof Error ? error.message : String(error);
    }
  }

  private catchUp(room: string): void {
    const joined = this.rooms.get(room);
    if (joined) this.reloader.reload(room, joined.listener);
  }
}
