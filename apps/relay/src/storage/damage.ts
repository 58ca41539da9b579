/**
 * Damaged storage: data the store holds but cannot read back (a corrupted SQLite page, a file that is no
 * longer a database). Unlike an outage, retrying cannot help until the host repairs or restores it, so
 * a room that fails this way closes its sockets with `CloseCode.boardDamaged` (4500, terminal for the
 * web client) and HTTP answers name no database error (docs/deploy.md, "Damaged storage").
 */
export class StorageDamagedError extends Error {
  constructor(
    /** What could not be read: a room name, or a board id. */
    readonly what: string,
    options: { cause: unknown },
  ) {
    super(`stored data of ${what} cannot be read (damaged storage)`, options);
  }
}

/** SQLite's result codes for a damaged file (extended codes such as SQLITE_CORRUPT_INDEX included). */
const DAMAGE_CODES = /^SQLITE_(CORRUPT|NOTADB)/;

export function isSqliteDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGE_CODES.test(code);
}

/** Runs a read; a damage error from it becomes a `StorageDamagedError` naming `what`. */
export function readingDamaged<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isSqliteDamage(error)) throw new StorageDamagedError(what, { cause: error });
    throw error;
  }
}

export interface IntegrityReport {
  ok: boolean;
  /** The check's own findings (a few lines), when not ok. */
  problems: string[];
  /** Rooms whose rows cannot be read. */
  damagedRooms: string[];
}
