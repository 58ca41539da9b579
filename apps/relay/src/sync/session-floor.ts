import { readFloorHolder } from '@journeyboard/journey';
import type * as Y from 'yjs';

/**
 * The floor holder as a session room last read it (`floorAuthorId`, see FloorPresence), and the rooms of
 * the board that follow it: each is told the holder when it starts following and whenever it changes.
 */
export class SessionFloor {
  private holder: string | null;
  private readonly followers = new Set<(holder: string | null) => void>();

  constructor(doc: Y.Doc) {
    this.holder = readFloorHolder(doc);
  }

  /** Calls `listener` with the holder now and after every change; returns how to stop. */
  follow(listener: (holder: string | null) => void): () => void {
    this.followers.add(listener);
    listener(this.holder);
    return () => this.followers.delete(listener);
  }

  /** After the session document changed: tells every follower a new holder. */
  read(doc: Y.Doc): void {
    const holder = readFloorHolder(doc);
    if (holder === this.holder) return;
    this.holder = holder;
    for (const follower of this.followers) follower(holder);
  }

  clear(): void {
    this.followers.clear();
  }
}
