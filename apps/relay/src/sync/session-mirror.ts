import {
  readSession,
  readSessionPermissions,
  type SessionPermissions,
  type SessionSnapshot,
} from '@journeyboard/journey';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { SessionFloor } from './session-floor';

/**
 * The session document as the relay reads it (session rooms only). Rooms hold their documents as Yjs
 * updates, but the relay reads the lock, the phase and the floor holder from the session, and makes its
 * own writes there (the ballot results it publishes): so the session room also keeps a `Y.Doc`, in step
 * with what the room accepted.
 */
export class SessionMirror {
  private readonly doc = new Y.Doc();
  /** Counts changes, so cached permissions know when to read the document again. */
  private version = 0;
  private permissionsCache: { version: number; value: SessionPermissions } | null = null;
  /** The floor holder, which this room's and the board's other rooms' presence follow. */
  readonly floor: SessionFloor;

  constructor(
    state: Uint8Array,
    private readonly room: string,
    private readonly logger: Logger,
  ) {
    Y.applyUpdate(this.doc, state);
    this.floor = new SessionFloor(this.doc);
  }

  /** An update the room accepted. */
  apply(update: Uint8Array): void {
    this.version++;
    try {
      Y.applyUpdate(this.doc, update);
    } catch (error) {
      this.logger.error({ err: error, room: this.room }, 'an update could not be read into the session');
    }
    this.floor.read(this.doc);
  }

  /**
   * The lock and phase, read through the journey package's `readSessionPermissions`, again only after the
   * document changed: every write to every room of the board checks them.
   */
  permissions(): SessionPermissions {
    if (this.permissionsCache?.version !== this.version) {
      this.permissionsCache = { version: this.version, value: readSessionPermissions(this.doc) };
    }
    return this.permissionsCache.value;
  }

  /** The whole session state, as the journey package reads it. */
  read(): SessionSnapshot {
    return readSession(this.doc);
  }

  /**
   * Runs the relay's own change on the document and answers it as one update (null when it changed
   * nothing), for the room to apply, store and broadcast like a connection's.
   */
  write(change: (doc: Y.Doc) => void): Uint8Array | null {
    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array) => updates.push(update);
    this.doc.on('update', capture);
    try {
      change(this.doc);
    } finally {
      this.doc.off('update', capture);
    }
    if (updates.length === 0) return null;
    this.version++;
    return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
  }

  close(): void {
    this.floor.clear();
    this.doc.destroy();
  }
}
