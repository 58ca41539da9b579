import { importBoard } from '@journeyboard/journey';
import * as Y from 'yjs';
import { RELAY_ORIGIN } from '../boards/board-service';

export type ImportJobResult =
  | {
      ok: true;
      title: string;
      update: Uint8Array;
      /** The files the board refers to (a zip import brings them; a JSON import has none). */
      files: { hash: string; type: string }[];
    }
  | { ok: false; error: string; path?: string };

/**
 * Reads a board export (the request body's bytes) into a new content document and encodes it: JSON,
 * validation and the Yjs writes of a 30 MB board take seconds of CPU, so this runs on a worker thread
 * (`import-worker.ts`), never on the relay's.
 */
export function importFromJson(body: Uint8Array, withFiles = false): ImportJobResult {
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return { ok: false, error: 'the body is not valid JSON' };
  }
  // A plain JSON export carries no files: its references to them are left out (a .zip brings both).
  if (!withFiles && typeof input === 'object' && input !== null && 'attachments' in input) {
    (input as { attachments?: unknown }).attachments = [];
  }
  const content = new Y.Doc();
  try {
    const result = importBoard(content, input, RELAY_ORIGIN);
    if (!result.ok) return { ok: false, error: result.error.message, path: result.error.path };
    // The board's own title when the export carries it, else the journey's.
    const title = result.boardTitle ?? (result.board.meta.title.trim() || 'Imported board');
    const files = [
      ...new Map(result.board.attachments.map((a) => [a.hash, { hash: a.hash, type: a.type }])).values(),
    ];
    return { ok: true, title: title.slice(0, 200), update: Y.encodeStateAsUpdate(content), files };
  } finally {
    content.destroy();
  }
}
