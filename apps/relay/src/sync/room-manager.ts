import type { Metrics } from '../metrics';
import { type DocName, roomName } from '../storage/store';
import { Room, type RoomDeps } from './room';

/** The longest the rest sweep works before letting other work run (see `RoomManager.rest`). */
const REST_SLICE_MS = 5;

export class TooManyRoomsError extends Error {
  constructor(limit: number) {
    super(`all ${limit} rooms are in use`);
  }
}

/** A loaded room together with the session room its permissions are read from. */
export interface RoomHandle {
  room: Room;
  session: Room;
}

interface Entry {
  name: string;
  room: Promise<Room>;
  refs: number;
  idleSince: number;
  timer: NodeJS.Timeout | null;
}

export interface RoomManagerOptions {
  maxRooms: number;
  graceMs: number;
  /** A room's state is deflated once its bytes were not needed this long (`RoomState.rest`); 0: never. */
  restMs?: number;
}

/**
 * Loads rooms on first use, shares them between connections and unloads them a grace period after the
 * last one leaves. Content and questions rooms hold their board's session room, because their
 * permissions depend on its lock and phase.
 */
export class RoomManager {
  private readonly entries = new Map<string, Entry>();
  private readonly unloading = new Map<string, Promise<void>>();
  /** Looks for rooms at rest twice per `restMs` (one timer for all rooms, not one per room). */
  private readonly restSweep: NodeJS.Timeout | null;
  private resting = false;

  constructor(
    private readonly deps: RoomDeps,
    private readonly options: RoomManagerOptions,
    private readonly metrics: Metrics,
  ) {
    const restMs = options.restMs ?? 0;
    this.restSweep = restMs > 0 ? setInterval(() => void this.rest(restMs), Math.max(restMs / 2, 10)) : null;
    this.restSweep?.unref();
  }

  /**
   * Lets every loaded room whose state was not needed for `restMs` deflate it, a few milliseconds of
   * work at a time (a thousand rooms coming to rest together must not hold the event loop up).
   */
  private async rest(restMs: number): Promise<void> {
    if (this.resting) return;
    this.resting = true;
    try {
      let sliceStart = performance.now();
      for (const entry of [...this.entries.values()]) {
        const room = await entry.room.catch(() => null);
        if (!room?.rest(restMs)) continue;
        if (performance.now() - sliceStart > REST_SLICE_MS) {
          await new Promise((resume) => setImmediate(resume));
          sliceStart = performance.now();
        }
      }
    } finally {
      this.resting = false;
    }
  }

  get loadedCount(): number {
    return this.entries.size;
  }

  /** The room if it is loaded (or loading) now; does not load it. */
  peek(name: string): Promise<Room> | undefined {
    return this.entries.get(name)?.room;
  }

  async acquire(boardId: string, doc: DocName): Promise<RoomHandle> {
    const session = await this.acquireRoom(boardId, 'session');
    if (doc === 'session') return { room: session, session };
    try {
      const room = await this.acquireRoom(boardId, doc);
      // Its presence forwards the observer who holds the floor, which the session document names.
      room.followFloor(session);
      return { room, session };
    } catch (error) {
      this.releaseRoom(roomName(boardId, 'session'));
      throw error;
    }
  }

  release(boardId: string, doc: DocName): void {
    this.releaseRoom(roomName(boardId, doc));
    if (doc !== 'session') this.releaseRoom(roomName(boardId, 'session'));
  }

  private async acquireRoom(boardId: string, doc: DocName): Promise<Room> {
    const name = roomName(boardId, doc);
    for (;;) {
      const unloading = this.unloading.get(name);
      if (!unloading) break;
      await unloading;
    }
    let entry = this.entries.get(name);
    if (!entry) {
      if (this.entries.size >= this.options.maxRooms) await this.evictIdle();
      if (this.entries.size >= this.options.maxRooms) throw new TooManyRoomsError(this.options.maxRooms);
      // Another acquire may have created it while we evicted.
      entry = this.entries.get(name);
    }
    if (!entry) {
      const created: Entry = {
        name,
        room: Room.load(name, doc, this.deps),
        refs: 0,
        idleSince: Date.now(),
        timer: null,
      };
      entry = created;
      this.entries.set(name, created);
      this.metrics.roomsLoaded.set(this.entries.size);
      created.room.catch(() => {
        if (this.entries.get(name) === created) {
          this.entries.delete(name);
          this.metrics.roomsLoaded.set(this.entries.size);
        }
      });
    }
    entry.refs++;
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = null;
    }
    return entry.room;
  }

  private releaseRoom(name: string): void {
    const entry = this.entries.get(name);
    if (!entry) return;
    entry.refs--;
    if (entry.refs > 0) return;
    entry.idleSince = Date.now();
    entry.timer = setTimeout(() => void this.unload(entry, true), this.options.graceMs);
    entry.timer.unref();
  }

  /** Unloads idle rooms (oldest first) to make room under MAX_ROOMS. */
  private async evictIdle(): Promise<void> {
    const idle = [...this.entries.values()]
      .filter((entry) => entry.refs === 0)
      .sort((a, b) => a.idleSince - b.idleSince);
    const excess = this.entries.size - this.options.maxRooms + 1;
    await Promise.all(idle.slice(0, Math.max(1, excess)).map((entry) => this.unload(entry, true)));
  }

  private unload(entry: Entry, compact: boolean): Promise<void> {
    if (this.entries.get(entry.name) !== entry) return this.unloading.get(entry.name) ?? Promise.resolve();
    if (entry.timer) clearTimeout(entry.timer);
    this.entries.delete(entry.name);
    this.metrics.roomsLoaded.set(this.entries.size);
    const done = entry.room
      .then((room) => room.unload({ compact }))
      .catch((error: unknown) => this.deps.logger.error({ err: error, room: entry.name }, 'unloading failed'))
      .finally(() => this.unloading.delete(entry.name));
    this.unloading.set(entry.name, done);
    return done;
  }

  /** Unloads every room of a board at once (the board was deleted: nothing to compact). */
  async dropBoard(boardId: string): Promise<void> {
    const prefix = `${boardId}/`;
    await Promise.all(
      [...this.entries.values()]
        .filter((entry) => entry.name.startsWith(prefix))
        .map((entry) => this.unload(entry, false)),
    );
  }

  /** Resolves once every update applied in any loaded room is durable and broadcast. */
  async whenAllDurable(): Promise<void> {
    await this.deps.store.flush();
    const rooms = await Promise.allSettled([...this.entries.values()].map((entry) => entry.room));
    for (const result of rooms) if (result.status === 'fulfilled') await result.value.whenDurable();
    // Broadcasts run in callbacks chained after durability: let them go out before anyone is closed.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Unloads everything (shutdown): every room's log is made durable and compacted. */
  async unloadAll(): Promise<void> {
    if (this.restSweep) clearInterval(this.restSweep);
    await Promise.all([...this.entries.values()].map((entry) => this.unload(entry, true)));
    await Promise.all([...this.unloading.values()]);
  }
}
