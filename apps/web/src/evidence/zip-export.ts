import { type BoardSnapshot, type ExportExtras, exportBoard } from '@journeyboard/journey';
import { strToU8, type Zippable, zipSync } from 'fflate';

/**
 * The board export with its files: `board.json` (the JSON export) and `files/<hash>.<ext>`, each file as
 * the relay stores it, so the relay's import (apps/relay/src/blobs/zip-export.ts) takes them as they are
 * and the board re-imports identically. fflate: small (8 kB), no dependencies, synchronous and
 * streaming zip, in the browser and Node alike.
 */

const EXTENSION: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
};

export function fileEntryName(hash: string, type: string): string {
  return `files/${hash}.${EXTENSION[type] ?? 'bin'}`;
}

export async function buildBoardZip(
  board: BoardSnapshot,
  fetchFile: (hash: string) => Promise<Uint8Array>,
  onProgress: (fraction: number) => void = () => {},
  extras: ExportExtras = {},
): Promise<Uint8Array> {
  const exported = exportBoard(board, extras);
  const entries: Zippable = {
    'board.json': [strToU8(`${JSON.stringify(exported, null, 2)}\n`), { level: 6 }],
  };
  const files = [...new Map(exported.attachments.map((a) => [a.hash, a.type])).entries()];
  let done = 0;
  for (const [hash, type] of files) {
    // Images and PDFs are compressed already: stored as they are.
    entries[fileEntryName(hash, type)] = [await fetchFile(hash), { level: 0 }];
    done += 1;
    onProgress(done / files.length);
  }
  return zipSync(entries);
}
