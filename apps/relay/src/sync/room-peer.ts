import type { OutboxPeer } from './outbox';

/** What a room needs from a connection. */
export interface RoomPeer extends OutboxPeer {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Whether the other end still answers (a ping answered within `timeoutMs`). */
  isResponsive(timeoutMs: number): Promise<boolean>;
  /** Drops a connection whose other end is gone; resolves once it has left its room. */
  terminate(): Promise<void>;
}
