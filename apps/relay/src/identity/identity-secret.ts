import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../storage/store';

/**
 * Where the relay keeps its identity secret when IDENTITY_SECRET is not set: an entry in the store's room
 * log under a name no board room can have (board ids never contain `~`), so SQLite and PostgreSQL keep it
 * with no table of their own and every relay sharing a PostgreSQL store reads the same secret.
 */
export const IDENTITY_SECRET_ROOM = '~relay/identity-secret';
const SECRET_BYTES = 32;

/**
 * The secret identity tokens are signed with. From `IDENTITY_SECRET` when set (hashed to 32 bytes);
 * otherwise the first secret stored, creating one on the very first start. Relays starting together on
 * an empty store each append one and all use the first in log order.
 */
export async function loadIdentitySecret(store: Store, configured: string | undefined): Promise<Uint8Array> {
  if (configured !== undefined) {
    return createHash('sha256').update(`journeyboard-identity-secret\n${configured}`, 'utf8').digest();
  }
  const existing = firstSecret((await store.loadRoom(IDENTITY_SECRET_ROOM)).updates);
  if (existing) return existing;
  await store.appendUpdate(IDENTITY_SECRET_ROOM, randomBytes(SECRET_BYTES));
  const stored = firstSecret((await store.loadRoom(IDENTITY_SECRET_ROOM)).updates);
  if (!stored) throw new Error('the identity secret could not be stored');
  return stored;
}

function firstSecret(entries: readonly Uint8Array[]): Uint8Array | null {
  const entry = entries.find((candidate) => candidate.byteLength === SECRET_BYTES);
  return entry ? Uint8Array.from(entry) : null;
}
