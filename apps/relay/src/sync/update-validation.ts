import * as Y from 'yjs';

/**
 * True when `update` is a complete, decodable Yjs (v1) update. Decoding reads every struct, delete set
 * and content, so truncated or corrupted updates are caught before they can touch a live document.
 */
export function isValidUpdate(update: Uint8Array): boolean {
  if (update.byteLength < 2) return false;
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}
