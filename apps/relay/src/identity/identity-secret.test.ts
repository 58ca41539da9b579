import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../storage/sqlite-store';
import { IDENTITY_SECRET_ROOM, loadIdentitySecret } from './identity-secret';

describe('loadIdentitySecret', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'journeyboard-secret-'));
    store = new SqliteStore({ file: join(dir, 'db.sqlite'), durability: 'process' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates one random secret on the first start and reads the same one afterwards', async () => {
    const first = await loadIdentitySecret(store, undefined);
    expect(first.byteLength).toBe(32);
    expect(await loadIdentitySecret(store, undefined)).toEqual(first);
    await store.close();
    store = new SqliteStore({ file: join(dir, 'db.sqlite'), durability: 'process' });
    expect(await loadIdentitySecret(store, undefined)).toEqual(first);
    expect((await store.loadRoom(IDENTITY_SECRET_ROOM)).updates).toHaveLength(1);
  });

  it('relays starting together on an empty store agree on the first secret stored', async () => {
    const [a, b, c] = await Promise.all([
      loadIdentitySecret(store, undefined),
      loadIdentitySecret(store, undefined),
      loadIdentitySecret(store, undefined),
    ]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('IDENTITY_SECRET gives every relay the same secret, whatever its store, and stores nothing', async () => {
    const configured = 'a shared secret of at least thirty-two characters';
    const fromEnv = await loadIdentitySecret(store, configured);
    expect(fromEnv.byteLength).toBe(32);
    const otherDir = mkdtempSync(join(tmpdir(), 'journeyboard-secret-'));
    const other = new SqliteStore({ file: join(otherDir, 'db.sqlite'), durability: 'process' });
    try {
      expect(await loadIdentitySecret(other, configured)).toEqual(fromEnv);
      expect(await loadIdentitySecret(other, `${configured}!`)).not.toEqual(fromEnv);
    } finally {
      await other.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
    expect((await store.loadRoom(IDENTITY_SECRET_ROOM)).updates).toHaveLength(0);
  });
});
