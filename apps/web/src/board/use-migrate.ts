import { SCHEMA_VERSION } from '@journeyboard/journey';
import { useEffect } from 'react';
import type * as Y from 'yjs';

/**
 * Upgrades a board written by an older version of Journeyboard once it has loaded, by whoever may write.
 * Observers can't write, so they read it as it is until an editor opens it; concurrent upgrades by two
 * editors converge (the migrations are written for that). The migrations' code is fetched only for a board
 * that needs it (most never do), so it is not part of the board's first load. If it cannot be fetched,
 * the board stays as it is: the relay refuses edits to a board not upgraded and the page says so
 * ('not-migrated'); the next load tries again.
 */
export function useMigrateOlderBoard(content: Y.Doc, schemaVersion: number, canEdit: boolean): void {
  useEffect(() => {
    if (!canEdit || schemaVersion >= SCHEMA_VERSION) return;
    let current = true;
    import('./migrate-board')
      .then(({ migrateBoard }) => {
        if (current) migrateBoard(content);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [content, schemaVersion, canEdit]);
}
