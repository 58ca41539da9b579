import type { Role } from '../storage/store';

/**
 * Fan-out between relays. A room joins the bus while it is loaded; it publishes what it accepted (after
 * the update is durable) and applies what other relays publish. With one relay the local bus below does
 * nothing for rooms, so the single-process path pays nothing for it.
 */

export type RoomMessage =
  /** A Yjs update already durable in the shared store. */
  | { kind: 'update'; update: Uint8Array }
  /** An encoded awareness update (y-protocols/awareness). */
  | { kind: 'awareness'; update: Uint8Array };

/** Board-wide events every relay must act on at once (including the relay that published them). */
export type ControlEvent =
  /** `retiredKeyHash`: the replaced key's hash, so every relay can tell a stale link from a guess. */
  | { kind: 'key-rotated'; boardId: string; role: Role; retiredKeyHash?: string }
  | { kind: 'board-deleted'; boardId: string };

export type RoomListener = (message: RoomMessage) => void;
export type ControlListener = (event: ControlEvent) => void;

/** The state of a bus' connections, reported by `/healthz` (a bus without connections has none). */
export interface BusHealth {
  connected: boolean;
  [detail: string]: unknown;
}

export interface Bus {
  /** Short name for logs and metrics, e.g. `local` or `redis`. */
  readonly kind: string;
  health?(): BusHealth;
  /**
   * Starts receiving other relays' messages for a room. Messages this relay published are never
   * delivered back to it. Resolves with a function that leaves the room.
   */
  joinRoom(room: string, listener: RoomListener): Promise<() => Promise<void>>;
  publish(room: string, message: RoomMessage): Promise<void>;
  /** Delivers the event to every relay's control listeners, this relay's included. */
  publishControl(event: ControlEvent): Promise<void>;
  onControl(listener: ControlListener): () => void;
  close(): Promise<void>;
}
