import { openBoard } from '@journeyboard/journey';
import type * as Y from 'yjs';

/** Upgrades an older board (loaded only for one: see use-migrate.ts). */
export function migrateBoard(content: Y.Doc): void {
  openBoard(content);
}
