import { openBoard, SCHEMA_VERSION } from '@journeyboard/journey';
import { useEffect } from 'react';
import type * as Y from 'yjs';

/**
 * Upgrades a board written by an older version of Journeyboard once it has loaded, by whoever may write.
 * Observers can't write, so they read it as it is until an editor opens it; concurrent upgrades by two
 * editors converge (the migrations are written for that).
 */
export function useMigrateOlderBoard(content: Y.Doc, schemaVersion: number, canEdit: boolean): void {
  useEffect(() => {
    if (canEdit && schemaVersion < SCHEMA_VERSION) openBoard(content);
  }, [content, schemaVersion, canEdit]);
}
