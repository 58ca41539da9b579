import { DOC_NAMES } from '@journeyboard/journey';
import type Database from 'better-sqlite3';
import type { IntegrityReport } from './damage';

/** How many of the check's findings are kept for the log. */
const MAX_PROBLEMS = 10;

/**
 * `PRAGMA quick_check` over the whole file (it reads every page: seconds for gigabytes, run once at
 * start). When it finds damage, every room of every board (and any other room with rows) is read in
 * full to name the ones that cannot be read; the others keep working.
 */
export function checkSqliteIntegrity(
  db: Database.Database,
  readRoom: (room: string) => unknown,
): IntegrityReport {
  let problems: string[];
  try {
    const rows = db.pragma(`quick_check(${MAX_PROBLEMS})`, { simple: false }) as { quick_check: string }[];
    problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length === 0) return { ok: true, problems, damagedRooms: [] };
  const damagedRooms: string[] = [];
  for (const room of knownRooms(db, problems)) {
    try {
      readRoom(room);
    } catch {
      damagedRooms.push(room);
    }
  }
  return { ok: false, problems, damagedRooms };
}

/** Every room of every board, and every room with stored rows, as far as each list can be read. */
function knownRooms(db: Database.Database, problems: string[]): string[] {
  const rooms = new Set<string>();
  const collect = (what: string, list: () => string[]) => {
    try {
      for (const room of list()) rooms.add(room);
    } catch (error) {
      problems.push(`${what} cannot be listed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  collect('boards', () =>
    (db.prepare('SELECT id FROM boards').pluck().all() as string[]).flatMap((id) =>
      DOC_NAMES.map((doc) => `${id}/${doc}`),
    ),
  );
  collect('snapshots', () => db.prepare('SELECT room FROM snapshots').pluck().all() as string[]);
  collect('logged rooms', () => db.prepare('SELECT DISTINCT room FROM room_log').pluck().all() as string[]);
  return [...rooms].sort();
}
