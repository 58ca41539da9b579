/**
 * The relay's storage contract. Everything the sync code needs from durable storage goes through this
 * interface, so the embedded SQLite store and a PostgreSQL store (several relays) are interchangeable.
 *
 * Every method returns a Promise even where SQLite could answer synchronously: a networked database
 * must be able to implement the same contract without changing the callers.
 *
 * Rooms are named `<boardId>/<doc>`; the board id never contains `/`, so "all rooms of a board" is the
 * key range `[boardId + '/', boardId + '0')`.
 */

import type { DocName, Role } from '@journeyboard/journey';
import type { FeedbackStore } from '../feedback/feedback-store';
import type { IntegrityReport } from './damage';

/**
 * Called once an append is durable (`error` null, with its sequence number) or failed to store.
 * `moreFollow`: other appends of the same commit are called back right after this one (a caller that
 * sends what it stored can wait for the last of them and send them together).
 */
export type AppendDone = (error: Error | null, seq: number, moreFollow: boolean) => void;

export { DOC_NAMES, type DocName, ROLES, type Role } from '@journeyboard/journey';

export interface BoardRecord {
  id: string;
  title: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Hex SHA-256 of each role's key; the keys themselves are never stored. */
  keyHashes: Record<Role, string>;
}

/** What a room needs to rebuild its document: the snapshot (if any) followed by the log after it. */
export interface StoredRoom {
  /** A Yjs update holding everything up to and including `snapshotSeq`, or null before any compaction. */
  snapshot: Uint8Array | null;
  /** The highest log sequence number merged into the snapshot (0 when there is none). */
  snapshotSeq: number;
  /** Log entries after the snapshot, in append order. */
  updates: Uint8Array[];
  /** Sequence number of the last log entry (or `snapshotSeq` when the log is empty). */
  lastSeq: number;
  /** Total size of `updates` in bytes (drives compaction). */
  logBytes: number;
}

export type CheckpointKind = 'auto' | 'named';

export interface CheckpointInfo {
  id: number;
  boardId: string;
  kind: CheckpointKind;
  /** The facilitator's name for a named checkpoint; null for automatic ones. */
  name: string | null;
  createdAt: number;
  /** Total size of the stored documents in bytes. */
  bytes: number;
}

export interface Checkpoint extends CheckpointInfo {
  /** Full state (a Yjs update) of each document of the board at checkpoint time. */
  docs: Record<DocName, Uint8Array>;
}

export interface NewCheckpoint {
  kind: CheckpointKind;
  name: string | null;
  docs: Record<DocName, Uint8Array>;
}

/** A stored file of a board (evidence): content-addressed by the SHA-256 of its bytes, per board. */
export interface BlobInfo {
  boardId: string;
  /** Hex SHA-256 of `data`. */
  hash: string;
  /** The media type read from the bytes (never from a name). */
  type: string;
  /** Bytes of the file itself. */
  size: number;
  width: number | null;
  height: number | null;
  /** Bytes counted against the board's quota: the file and its thumbnail. */
  bytes: number;
  /** When it was last stored (an upload of the same bytes renews it): the sweep's grace starts here. */
  touchedAt: number;
}

export interface NewBlob {
  hash: string;
  type: string;
  width: number | null;
  height: number | null;
  data: Uint8Array;
  /** A small image for cards and lists; null for documents. */
  thumb: Uint8Array | null;
}

export type PutBlobResult =
  | { ok: true; info: BlobInfo; existed: boolean }
  | { ok: false; reason: 'quota'; usedBytes: number };

export type BlobVariant = 'full' | 'thumb';

export interface Store {
  /** Short name for logs and metrics, e.g. `sqlite` or `postgres`. */
  readonly kind: string;

  // Boards and keys.
  createBoard(board: BoardRecord): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | undefined>;
  /** Replaces one role's key hash; false when the board does not exist. */
  setKeyHash(boardId: string, role: Role, keyHash: string): Promise<boolean>;
  /** Deletes the board with its rooms, logs, snapshots, checkpoints and blobs; false when it did not exist. */
  deleteBoard(id: string): Promise<boolean>;
  /** True when no board was ever created (used for the first-start demo board). */
  isEmpty(): Promise<boolean>;

  // Room log.
  /**
   * Appends one update to a room's log. Appends issued close together are committed in one transaction
   * (group commit); the promise resolves with the entry's sequence number only once that transaction
   * is durable, and promises resolve in append order. Callers broadcast only after it resolves.
   */
  appendUpdate(room: string, update: Uint8Array): Promise<number>;
  /**
   * `appendUpdate` for the rooms' broadcasts, where it counts: `done` is called straight from the commit
   * (with no promise turns in between), and from inside this call when the store commits at once (see
   * `GroupCommit`). Stores without it are used through `appendUpdate`.
   */
  appendUpdateThen?(room: string, update: Uint8Array, done: AppendDone): void;
  /** Reads a room completely: the snapshot and every log entry after it. */
  loadRoom(room: string): Promise<StoredRoom>;
  /**
   * Atomically stores `snapshot` as the room's snapshot and removes the log entries with a sequence
   * number <= `upToSeq`. The snapshot must contain at least every update up to `upToSeq`; entries
   * appended meanwhile (greater sequence numbers) are kept.
   */
  compactRoom(room: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;

  // Checkpoints (board history); the relay decides when to take and prune them.
  saveCheckpoint(boardId: string, checkpoint: NewCheckpoint): Promise<CheckpointInfo>;
  listCheckpoints(boardId: string): Promise<CheckpointInfo[]>;
  getCheckpoint(boardId: string, id: number): Promise<Checkpoint | undefined>;
  deleteCheckpoints(boardId: string, ids: readonly number[]): Promise<void>;

  // Blobs (evidence files), kept in the same database as everything else (one backup holds all).
  /**
   * Stores a board's blob unless the board would then hold more than `quotaBytes`, checking and writing
   * atomically. Storing bytes the board already has only renews `touchedAt` (and never counts twice).
   */
  putBlob(boardId: string, blob: NewBlob, quotaBytes: number): Promise<PutBlobResult>;
  /** One variant's bytes (a thumbnail falls back to the file when there is none), or undefined. */
  getBlob(
    boardId: string,
    hash: string,
    variant: BlobVariant,
  ): Promise<{ info: BlobInfo; data: Uint8Array } | undefined>;
  listBlobs(boardId: string): Promise<BlobInfo[]>;
  /** The boards holding at least one blob (what a sweep visits). */
  boardsWithBlobs(): Promise<string[]>;
  /** Deletes these blobs of the board, only those last touched before `touchedBefore`; returns how many. */
  deleteBlobs(boardId: string, hashes: readonly string[], touchedBefore: number): Promise<number>;
  /** Customers' feedback links and responses (apps/relay/src/feedback), in the same database. */
  readonly feedback: FeedbackStore;

  // Lifecycle.
  /**
   * Checks that the stored data can be read (run once at start): when it cannot, which rooms are
   * damaged. Stores with their own integrity guarantees (PostgreSQL) omit it.
   */
  checkIntegrity?(): Promise<IntegrityReport>;
  /** Resolves when the store can currently write (health check); rejects otherwise. */
  checkWritable(): Promise<void>;
  /**
   * True while a networked store knows it cannot write (its server is unreachable): writes are then
   * refused up front instead of being applied in memory and failing to be stored. Embedded stores omit it.
   */
  unavailable?(): boolean;
  /** Resolves once every append issued so far is durable. */
  flush(): Promise<void>;
  /** Flushes and releases the underlying resources. */
  close(): Promise<void>;
}

/** The key range of every room of a board, for stores that keep all rooms in one ordered table. */
export function boardRoomRange(boardId: string): { from: string; to: string } {
  return { from: `${boardId}/`, to: `${boardId}0` };
}

/** A board's values in the order of the `boards` table's columns (both stores' schema). */
export function boardValues(board: BoardRecord): [string, string, number, string, string, string] {
  const { facilitator, participant, observer } = board.keyHashes;
  return [board.id, board.title, board.createdAt, facilitator, participant, observer];
}

export function roomName(boardId: string, doc: DocName): string {
  return `${boardId}/${doc}`;
}

/** A stored blob's bytes as a plain view (no copy): what SQLite and PostgreSQL hand back is a Buffer. */
export function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A checkpoint row's documents (one column each, in both stores) as bytes. */
export function checkpointDocs(row: Readonly<Record<DocName, Buffer>>): Record<DocName, Uint8Array> {
  return { content: bytesOf(row.content), session: bytesOf(row.session), questions: bytesOf(row.questions) };
}
