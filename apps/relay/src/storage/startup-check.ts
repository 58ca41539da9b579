import type { Logger } from 'pino';
import type { IntegrityReport } from './damage';
import type { Store } from './store';

/** How many damaged rooms the log line names (the full list is in its `damagedRooms` field). */
const NAMED_IN_MESSAGE = 10;

/**
 * The integrity check run once at start (stores that have one: SQLite). Damage does not stop the relay:
 * the other boards keep working, and the damaged rooms close with 4500 when opened. It is logged as one
 * error line naming the rooms, for the host (docs/deploy.md, "Damaged storage").
 */
export async function checkStorageAtStart(store: Store, logger: Logger): Promise<IntegrityReport | null> {
  if (!store.checkIntegrity) return null;
  const started = performance.now();
  const report = await store.checkIntegrity();
  const ms = Math.round(performance.now() - started);
  if (report.ok) {
    logger.info({ ms }, 'storage integrity check: ok');
    return report;
  }
  const { damagedRooms, problems } = report;
  const named = damagedRooms.slice(0, NAMED_IN_MESSAGE).join(', ');
  const more =
    damagedRooms.length > NAMED_IN_MESSAGE ? ` and ${damagedRooms.length - NAMED_IN_MESSAGE} more` : '';
  logger.error(
    { ms, problems, damagedRooms },
    `storage integrity check FAILED: ${damagedRooms.length} damaged room(s) cannot be read${
      damagedRooms.length > 0 ? ` (${named}${more})` : ''
    }; they close with 4500 (board damaged) until the database is repaired or restored: see docs/deploy.md, "Damaged storage"`,
  );
  return report;
}
