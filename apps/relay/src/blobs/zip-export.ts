import { unzipSync } from 'fflate';

/**
 * The zip form of a board export: `board.json` (the JSON export) and `files/<hash>.<ext>` (each file the
 * board refers to, as the relay stores it). The web client writes it (apps/web/src/evidence/zip-export.ts);
 * the relay reads it on import.
 */
export const BOARD_ENTRY = 'board.json';
const FILE_ENTRY = /^files\/([0-9a-f]{64})\.[a-z]{2,4}$/;

export type ZipContents =
  | { ok: true; json: Uint8Array; files: Map<string, Uint8Array> }
  | { ok: false; error: string; path?: string };

/** A zip starts with a local file header. */
export function isZip(body: Uint8Array): boolean {
  return body.length > 4 && body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04;
}

/**
 * Reads an export zip, refusing before inflating anything that would exceed the limits (the sizes are
 * the entries' declared ones, checked again on the inflated bytes): a zip bomb costs nothing.
 */
export function readExportZip(
  body: Uint8Array,
  limits: { maxFileBytes: number; maxTotalBytes: number },
): ZipContents {
  let declaredTotal = 0;
  let problem: { error: string; path?: string } | null = null;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(body, {
      filter: (file) => {
        if (file.name.endsWith('/')) return false;
        if (file.name !== BOARD_ENTRY && !FILE_ENTRY.test(file.name)) {
          problem ??= {
            error: 'unexpected entry in the zip (expected board.json and files/<hash>.<ext>)',
            path: file.name,
          };
          return false;
        }
        declaredTotal += file.originalSize;
        if (file.name !== BOARD_ENTRY && file.originalSize > limits.maxFileBytes) {
          problem ??= { error: 'the file is larger than the upload limit', path: file.name };
          return false;
        }
        if (declaredTotal > limits.maxTotalBytes) {
          problem ??= { error: 'the zip holds more than the relay takes at once', path: file.name };
          return false;
        }
        return problem === null;
      },
    });
  } catch {
    return { ok: false, error: 'the body is not a readable zip' };
  }
  if (problem) return { ok: false, ...(problem as { error: string; path?: string }) };
  const json = entries[BOARD_ENTRY];
  if (!json) return { ok: false, error: 'the zip has no board.json' };
  const files = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(entries)) {
    const match = FILE_ENTRY.exec(name);
    if (!match) continue;
    if (bytes.byteLength > limits.maxFileBytes)
      return { ok: false, error: 'the file is larger than the upload limit', path: name };
    files.set(match[1]!, bytes);
  }
  return { ok: true, json, files };
}
