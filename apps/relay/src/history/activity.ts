import type { Store } from '../storage/store';
import type { BoardActivity } from './policy';

/** Rooms whose writes count as board activity: the session document changes with every timer tick. */
const TRACKED_DOCS = new Set(['content', 'questions']);

/** Which boards changed since their last checkpoint, and when. Fed by the store wrapper below. */
export class ActivityTracker {
  private readonly boards = new Map<string, BoardActivity>();

  constructor(private readonly clock: () => number = Date.now) {}

  record(boardId: string, at = this.clock()): void {
    const current = this.boards.get(boardId);
    this.boards.set(boardId, { firstAt: current?.firstAt ?? at, lastAt: at });
  }

  recordRoom(room: string): void {
    const slash = room.indexOf('/');
    if (slash <= 0 || !TRACKED_DOCS.has(room.slice(slash + 1))) return;
    this.record(room.slice(0, slash));
  }

  pending(): ReadonlyMap<string, BoardActivity> {
    return this.boards;
  }

  /**
   * The checkpoint read the board at `readAt`: activity up to then is saved. Later activity stays
   * pending, starting at `readAt`.
   */
  saved(boardId: string, readAt: number): void {
    const current = this.boards.get(boardId);
    if (!current) return;
    if (current.lastAt <= readAt) this.boards.delete(boardId);
    else this.boards.set(boardId, { firstAt: readAt, lastAt: current.lastAt });
  }

  forget(boardId: string): void {
    this.boards.delete(boardId);
  }
}

/**
 * The store the rooms write through, noting each appended update as activity of its board. Everything
 * else is passed through unchanged, so the rooms cannot tell the difference.
 */
export function trackActivity(store: Store, tracker: ActivityTracker): Store {
  const appendUpdate = (room: string, update: Uint8Array) => {
    tracker.recordRoom(room);
    return store.appendUpdate(room, update);
  };
  // Methods are bound once, not on every access: the rooms reach the store on every update.
  const bound = new Map<PropertyKey, { source: unknown; bound: unknown }>();
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'appendUpdate') return appendUpdate;
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const known = bound.get(property);
      if (known && known.source === value) return known.bound;
      const method = { source: value, bound: value.bind(target) };
      bound.set(property, method);
      return method.bound;
    },
  });
}
