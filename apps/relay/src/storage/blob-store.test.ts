import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, startPostgres } from '../cluster/testing/postgres-server';
import { PostgresStore } from './postgres-store';
import { SqliteStore } from './sqlite-store';
import type { BoardRecord, NewBlob, Store } from './store';

function board(id: string): BoardRecord {
  return {
    id,
    title: id,
    createdAt: 1_700_000_000_000,
    keyHashes: { facilitator: 'f'.repeat(64), participant: 'p'.repeat(64), observer: 'o'.repeat(64) },
  };
}

function blob(hash: string, bytes: number, thumb = 0): NewBlob {
  return {
    hash: hash.repeat(64),
    type: 'image/png',
    width: 10,
    height: 5,
    data: new Uint8Array(bytes).fill(1),
    thumb: thumb ? new Uint8Array(thumb).fill(2) : null,
  };
}

/** The same contract, asked of both stores. */
function blobContract(open: () => Promise<Store>) {
  it('stores a board’s blobs by hash, counts them against its quota, and keeps boards apart', async () => {
    const store = await open();
    await store.createBoard(board('b1'));
    await store.createBoard(board('b2'));
    const first = await store.putBlob('b1', blob('a', 100, 20), 300);
    expect(first).toMatchObject({ ok: true, existed: false, info: { size: 100, bytes: 120, width: 10 } });
    // The same bytes again: nothing counted twice.
    expect(await store.putBlob('b1', blob('a', 100, 20), 300)).toMatchObject({ ok: true, existed: true });
    expect(await store.putBlob('b1', blob('b', 150), 300)).toMatchObject({ ok: true });
    expect(await store.putBlob('b1', blob('c', 31), 300)).toEqual({
      ok: false,
      reason: 'quota',
      usedBytes: 270,
    });
    expect(await store.putBlob('b1', blob('c', 30), 300)).toMatchObject({ ok: true });

    const full = await store.getBlob('b1', 'a'.repeat(64), 'full');
    expect(full?.data).toEqual(new Uint8Array(100).fill(1));
    expect((await store.getBlob('b1', 'a'.repeat(64), 'thumb'))?.data).toEqual(new Uint8Array(20).fill(2));
    // No thumbnail (a document): the file itself.
    expect((await store.getBlob('b1', 'b'.repeat(64), 'thumb'))?.data.byteLength).toBe(150);
    // Another board's blob is not there for this board.
    expect(await store.getBlob('b2', 'a'.repeat(64), 'full')).toBeUndefined();
    expect((await store.listBlobs('b1')).map((b) => b.hash[0])).toEqual(['a', 'b', 'c']);
    expect(await store.boardsWithBlobs()).toEqual(['b1']);
  });

  it('deletes only blobs touched before the grace limit, and all of a deleted board’s', async () => {
    const store = await open();
    await store.createBoard(board('b3'));
    await store.putBlob('b3', blob('a', 10), 1000);
    const touched = (await store.listBlobs('b3'))[0]!.touchedAt;
    expect(await store.deleteBlobs('b3', ['a'.repeat(64)], touched)).toBe(0);
    expect(await store.deleteBlobs('b3', ['a'.repeat(64)], touched + 1)).toBe(1);
    await store.putBlob('b3', blob('d', 10), 1000);
    expect(await store.deleteBoard('b3')).toBe(true);
    expect(await store.listBlobs('b3')).toEqual([]);
  });
}

describe('blobs in SQLite', () => {
  const stores: Store[] = [];
  afterAll(async () => {
    for (const store of stores) await store.close();
  });
  blobContract(async () => {
    const store = new SqliteStore({ file: ':memory:', durability: 'process' });
    stores.push(store);
    return store;
  });
});

describe('blobs in PostgreSQL', () => {
  let server: PostgresServer;
  let counter = 0;
  const stores: Store[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    for (const store of stores) await store.close();
    await server?.stop();
  });
  blobContract(async () => {
    counter += 1;
    const store = await PostgresStore.open({ url: await server.createDatabase(`blob_test_${counter}`) });
    stores.push(store);
    return store;
  });
});
