import type { BoardActivity } from './policy';

/** Rooms whose writes count as board activity: the session document changes with every timer tick. */
const TRACKED_DOCS = new Set(['content', 'questions']);

/** Which boards changed since their last checkpoint, and when. Fed by the rooms' `onUpdateStored` hook. */
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
