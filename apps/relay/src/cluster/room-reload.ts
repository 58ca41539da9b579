import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { Store, StoredRoom } from '../storage/store';
import type { RoomListener } from './bus';

/** A stored room as one update (snapshot and log merged); null for a room with nothing stored. */
export function storedRoomUpdate(stored: StoredRoom): Uint8Array | null {
  const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
}

const RETRY_MS = 500;

/**
 * Reloads rooms from the store when bus messages may have been missed, and hands each room its stored
 * state as one update (Yjs ignores what the room already has). One reload per room at a time; a request
 * arriving meanwhile runs one more afterwards, since it may be about updates stored after the first read.
 */
export class RoomReloader {
  private readonly running = new Map<string, { again: boolean }>();
  reloads = 0;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    /** Whether the room is still joined with this listener (it may leave while a reload runs). */
    private readonly stillJoined: (room: string, listener: RoomListener) => boolean,
  ) {}

  reload(room: string, listener: RoomListener): void {
    const current = this.running.get(room);
    if (current) {
      current.again = true;
      return;
    }
    const state = { again: false };
    this.running.set(room, state);
    void (async () => {
      do {
        state.again = false;
        try {
          const update = storedRoomUpdate(await this.store.loadRoom(room));
          if (update && this.stillJoined(room, listener)) {
            this.reloads += 1;
            listener({ kind: 'update', update });
          }
        } catch (error) {
          this.logger.error({ err: error, room }, 'reloading a room from the store failed; retrying');
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
          state.again = true;
        }
      } while (state.again && this.stillJoined(room, listener));
      this.running.delete(room);
    })();
  }
}
