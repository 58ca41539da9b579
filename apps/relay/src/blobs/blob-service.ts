import { type Actor, mayCreate, type SessionPermissions } from '@journeyboard/journey';
import type { Logger } from 'pino';
import type { BlobInfo, BlobVariant, NewBlob, Store } from '../storage/store';
import { roomName } from '../storage/store';
import type { RoomManager } from '../sync/room-manager';
import { type IntakeRefusal, intakeFile } from './blob-intake';
import { hashesIn } from './referenced-hashes';

export interface BlobLimits {
  /** One file (MAX_UPLOAD_BYTES). */
  readonly maxUploadBytes: number;
  /** All of one board's files and thumbnails (MAX_BOARD_BLOB_BYTES). */
  readonly maxBoardBytes: number;
  /** An upload nobody refers to yet is kept at least this long (BLOB_GRACE_MS). */
  readonly graceMs: number;
}

export type UploadRefusal =
  | IntakeRefusal
  | { code: 'too_large'; message: string }
  | { code: 'quota'; message: string }
  | { code: 'role' | 'locked'; message: string };

export type UploadOutcome = { ok: true; blob: BlobInfo } | { ok: false; refusal: UploadRefusal };

const MiB = 1024 * 1024;
export const formatMiB = (bytes: number) => `${Math.round((bytes / MiB) * 10) / 10} MiB`;

/**
 * A board's evidence files: who may upload (the declared rule for creating an attachment, with the
 * board's lock), what is taken (blob-intake.ts), the quota, and the sweep that removes files nothing
 * refers to any more.
 */
export class BlobService {
  constructor(
    private readonly store: Store,
    private readonly rooms: RoomManager,
    readonly limits: BlobLimits,
    private readonly logger: Logger,
  ) {}

  /** Whether this actor may upload to the board now: what may be uploaded is what may be attached. */
  async mayUpload(boardId: string, actor: Actor): Promise<UploadRefusal | null> {
    const code = mayCreate('attachment', actor, await this.sessionOf(boardId));
    if (code === null) return null;
    if (code === 'locked') return { code, message: 'the board is locked: the facilitator paused changes' };
    return { code: 'role', message: 'observers cannot add files' };
  }

  async upload(boardId: string, actor: Actor, bytes: Uint8Array): Promise<UploadOutcome> {
    const refused = await this.mayUpload(boardId, actor);
    if (refused) return { ok: false, refusal: refused };
    if (bytes.byteLength > this.limits.maxUploadBytes) return { ok: false, refusal: this.tooLarge() };
    const intake = await intakeFile(bytes);
    if (!intake.ok) return intake;
    const stored = await this.store.putBlob(boardId, intake.blob, this.limits.maxBoardBytes);
    if (!stored.ok) {
      return {
        ok: false,
        refusal: {
          code: 'quota',
          message: `this board's files are full (${formatMiB(stored.usedBytes)} of ${formatMiB(this.limits.maxBoardBytes)})`,
        },
      };
    }
    this.logger.info({ board: boardId, hash: stored.info.hash, bytes: stored.info.bytes }, 'blob stored');
    return { ok: true, blob: stored.info };
  }

  /** Stores a file an import brought (already checked, see `intakeExported`), within the board's quota. */
  async storeImported(boardId: string, blob: NewBlob): Promise<boolean> {
    return (await this.store.putBlob(boardId, blob, this.limits.maxBoardBytes)).ok;
  }

  read(boardId: string, hash: string, variant: BlobVariant) {
    return this.store.getBlob(boardId, hash, variant);
  }

  tooLarge(): UploadRefusal {
    return { code: 'too_large', message: `the file is larger than ${formatMiB(this.limits.maxUploadBytes)}` };
  }

  /**
   * The hashes the board's content refers to, now or in any checkpoint of its history. Read from the
   * stored bytes without building documents (see referenced-hashes.ts): conservative, since deleted
   * content that was not yet collected counts too (an undo may bring it back).
   */
  async referenced(boardId: string): Promise<Set<string>> {
    const found = new Set<string>();
    const room = await this.store.loadRoom(roomName(boardId, 'content'));
    for (const part of room.snapshot ? [room.snapshot, ...room.updates] : room.updates) hashesIn(part, found);
    for (const info of await this.store.listCheckpoints(boardId)) {
      const checkpoint = await this.store.getCheckpoint(boardId, info.id);
      if (checkpoint) hashesIn(checkpoint.docs.content, found);
    }
    return found;
  }

  /** Removes the board's blobs nothing refers to, past the grace period; returns how many. */
  async sweep(boardId: string, now = Date.now()): Promise<number> {
    const blobs = await this.store.listBlobs(boardId);
    const limit = now - this.limits.graceMs;
    const candidates = blobs.filter((blob) => blob.touchedAt < limit);
    if (candidates.length === 0) return 0;
    const referenced = await this.referenced(boardId);
    const unreferenced = candidates.filter((blob) => !referenced.has(blob.hash)).map((blob) => blob.hash);
    const removed = await this.store.deleteBlobs(boardId, unreferenced, limit);
    if (removed > 0) this.logger.info({ board: boardId, removed }, 'unreferenced blobs swept');
    return removed;
  }

  async sweepAll(now = Date.now()): Promise<number> {
    let removed = 0;
    for (const boardId of await this.store.boardsWithBlobs()) removed += await this.sweep(boardId, now);
    return removed;
  }

  private async sessionOf(boardId: string): Promise<SessionPermissions> {
    const handle = await this.rooms.acquire(boardId, 'session');
    try {
      return handle.session.sessionPermissions();
    } finally {
      this.rooms.release(boardId, 'session');
    }
  }
}
