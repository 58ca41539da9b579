import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type PostgresServer, startPostgres } from '../cluster/testing/postgres-server';
import { updateCovers } from './postgres-checkpoints';
import { MIGRATIONS, type Migration, migrate, planMigrations } from './postgres-migrations';
import { PostgresStore } from './postgres-store';
import type { BoardRecord, StoredRoom } from './store';

let server: PostgresServer;
let dbCounter = 0;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  server = await startPostgres();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

afterEach(async () => {
  for (const item of opened.splice(0)) await item.close().catch(() => {});
});

async function freshUrl(): Promise<string> {
  dbCounter += 1;
  return server.createDatabase(`store_test_${dbCounter}`);
}

async function openStore(url: string): Promise<PostgresStore> {
  const store = await PostgresStore.open({ url });
  opened.push(store);
  return store;
}

async function waitForValue<T>(read: () => T, expected: T, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (read() !== expected) {
    if (Date.now() > deadline) throw new Error(`still ${String(read())} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function board(id: string): BoardRecord {
  return {
    id,
    title: `Board ${id}`,
    createdAt: 1_700_000_000_000,
    keyHashes: { facilitator: 'f'.repeat(64), participant: 'p'.repeat(64), observer: 'o'.repeat(64) },
  };
}

/** An update that inserts `text` into a fresh client's `t` text (each call is a different client). */
function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

function materialise(room: StoredRoom): Y.Doc {
  const doc = new Y.Doc();
  if (room.snapshot) Y.applyUpdate(doc, room.snapshot);
  for (const update of room.updates) Y.applyUpdate(doc, update);
  return doc;
}

function textOf(room: StoredRoom): string {
  return materialise(room).getText('t').toString();
}

describe('planMigrations', () => {
  const known: Migration[] = [
    { version: 1, name: 'a', sql: '' },
    { version: 2, name: 'b', sql: '' },
    { version: 5, name: 'c', sql: '' },
  ];

  it('returns the migrations not applied yet, in order', () => {
    expect(planMigrations([], known).pending.map((m) => m.version)).toEqual([1, 2, 5]);
    expect(planMigrations([1], known).pending.map((m) => m.version)).toEqual([2, 5]);
    expect(planMigrations([1, 2, 5], known)).toEqual({ pending: [], unknown: [] });
  });

  it('reports versions the database has and this relay does not know', () => {
    expect(planMigrations([1, 2, 5, 7, 6], known).unknown).toEqual([6, 7]);
  });

  it('rejects versions that do not increase or are not positive integers', () => {
    expect(() => planMigrations([], [known[1]!, known[0]!])).toThrow(/must increase/);
    expect(() => planMigrations([], [{ version: 0, name: 'x', sql: '' }])).toThrow(/invalid/);
    expect(() => planMigrations([], [{ version: 1.5, name: 'x', sql: '' }])).toThrow(/invalid/);
  });
});

describe('migrate', () => {
  it('applies each migration exactly once when several relays start at the same moment', async () => {
    const url = await freshUrl();
    const pools = Array.from({ length: 6 }, () => new pg.Pool({ connectionString: url, max: 2 }));
    try {
      const results = await Promise.all(pools.map((pool) => migrate(pool)));
      const applied = results.flat();
      expect(applied).toEqual(MIGRATIONS.map((m) => m.version));
      const { rows } = await pools[0]!.query<{ version: number }>('SELECT version FROM schema_migrations');
      expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(pools[0]!)).toEqual([]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('applies a later migration on an existing database and refuses a schema newer than it knows', async () => {
    const url = await freshUrl();
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      expect(await migrate(pool, MIGRATIONS.slice(0, 1))).toEqual([1]);
      expect(await migrate(pool)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
      const next: Migration = {
        version: MIGRATIONS.length + 1,
        name: 'board notes',
        sql: 'ALTER TABLE boards ADD COLUMN note text',
      };
      expect(await migrate(pool, [...MIGRATIONS, next])).toEqual([next.version]);
      await expect(migrate(pool, MIGRATIONS)).rejects.toThrow(
        new RegExp(`schema versions ${next.version} .*upgrade the relay`),
      );
    } finally {
      await pool.end();
    }
  });
});

describe('PostgresStore', () => {
  it('creates, reads, re-keys and deletes boards', async () => {
    const store = await openStore(await freshUrl());
    expect(store.kind).toBe('postgres');
    expect(await store.isEmpty()).toBe(true);
    await store.createBoard(board('b1'));
    expect(await store.isEmpty()).toBe(false);
    expect(await store.getBoard('b1')).toEqual(board('b1'));
    expect(await store.getBoard('nope')).toBeUndefined();
    await expect(store.createBoard(board('b1'))).rejects.toThrow(/duplicate key/);
    expect(await store.setKeyHash('b1', 'observer', 'x'.repeat(64))).toBe(true);
    expect((await store.getBoard('b1'))?.keyHashes.observer).toBe('x'.repeat(64));
    expect(await store.setKeyHash('nope', 'observer', 'x')).toBe(false);
    expect(await store.deleteBoard('b1')).toBe(true);
    expect(await store.deleteBoard('b1')).toBe(false);
    expect(await store.getBoard('b1')).toBeUndefined();
    // "Empty" means no board was ever created, so the demo board is not recreated after a delete.
    expect(await store.isEmpty()).toBe(false);
  });

  it('group-commits a burst of appends, resolving in append order with increasing sequence numbers', async () => {
    const store = await openStore(await freshUrl());
    const updates = Array.from({ length: 300 }, (_, i) => textUpdate(`u${i};`));
    const order: number[] = [];
    const seqs = await Promise.all(
      updates.map((update, i) =>
        store.appendUpdate('b/content', update).then((seq) => {
          order.push(i);
          return seq;
        }),
      ),
    );
    expect(order).toEqual(updates.map((_, i) => i));
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]!).toBeGreaterThan(seqs[i - 1]!);
    const room = await store.loadRoom('b/content');
    expect(room.updates).toHaveLength(300);
    expect(room.lastSeq).toBe(seqs[seqs.length - 1]);
    expect(room.logBytes).toBe(updates.reduce((sum, u) => sum + u.byteLength, 0));
    expect(room.updates.map((u) => Buffer.from(u).toString('hex'))).toEqual(
      updates.map((u) => Buffer.from(u).toString('hex')),
    );
    const empty = await store.loadRoom('b/questions');
    expect(empty).toEqual({ snapshot: null, snapshotSeq: 0, updates: [], lastSeq: 0, logBytes: 0 });
  });

  it('compacts into a snapshot with identical content, keeping updates appended meanwhile', async () => {
    const store = await openStore(await freshUrl());
    for (let i = 0; i < 20; i++) await store.appendUpdate('b/content', textUpdate(`a${i};`));
    const before = await store.loadRoom('b/content');
    const text = textOf(before);
    const late = store.appendUpdate('b/content', textUpdate('late;'));
    await store.compactRoom('b/content', new Uint8Array([0, 0]), before.lastSeq);
    await late;
    const after = await store.loadRoom('b/content');
    expect(after.snapshot).not.toBeNull();
    expect(after.snapshotSeq).toBeGreaterThanOrEqual(before.lastSeq);
    expect(after.updates.length).toBeLessThanOrEqual(1);
    const doc = materialise(after);
    expect(doc.getText('t').toString()).toHaveLength(text.length + 'late;'.length);
    expect(doc.getText('t').toString()).toContain('late;');
    expect(store.status().compactionsRun).toBe(1);
  });

  it('keeps a row another relay committed late with a lower sequence number than the snapshot', async () => {
    const url = await freshUrl();
    const store = await openStore(url);
    await store.appendUpdate('b/content', textUpdate('first;'));
    const slow = new pg.Client({ connectionString: url });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query('INSERT INTO updates (room, data) VALUES ($1, $2)', [
        'b/content',
        Buffer.from(textUpdate('slow;')),
      ]);
      const seq = await store.appendUpdate('b/content', textUpdate('fast;'));
      await store.compactRoom('b/content', new Uint8Array([0, 0]), seq);
      await slow.query('COMMIT');
    } finally {
      await slow.end();
    }
    const text = textOf(await store.loadRoom('b/content'));
    for (const part of ['first;', 'slow;', 'fast;']) expect(text).toContain(part);
  });

  it('compacts nothing when nothing is logged up to the requested sequence number', async () => {
    const store = await openStore(await freshUrl());
    const first = await store.appendUpdate('b/content', textUpdate('one;'));
    await store.compactRoom('b/content', new Uint8Array([0, 0]), first);
    const second = await store.appendUpdate('b/content', textUpdate('two;'));
    // Another relay that had only seen `first` asks again: already merged, nothing happens.
    await store.compactRoom('b/content', new Uint8Array([0, 0]), first);
    expect(store.status()).toMatchObject({ compactionsRun: 1, compactionsSkipped: 1 });
    const room = await store.loadRoom('b/content');
    expect(room.updates).toHaveLength(1);
    expect(room.lastSeq).toBe(second);
    expect(textOf(room)).toContain('two;');
  });

  it('compacts a room once when several relays ask at the same moment', async () => {
    const url = await freshUrl();
    const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
    for (let i = 0; i < 50; i++) await stores[i % 3]!.appendUpdate('b/content', textUpdate(`x${i};`));
    const loaded = await stores[0]!.loadRoom('b/content');
    await Promise.all(
      stores.map((store) => store.compactRoom('b/content', new Uint8Array([0, 0]), loaded.lastSeq)),
    );
    const run = stores.reduce((sum, store) => sum + store.status().compactionsRun, 0);
    const skipped = stores.reduce((sum, store) => sum + store.status().compactionsSkipped, 0);
    expect(run).toBe(1);
    expect(skipped).toBe(2);
    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    const { rows } = await probe.query<{ generation: number }>('SELECT generation FROM snapshots');
    await probe.end();
    expect(rows).toEqual([{ generation: 1 }]);
    expect(textOf(await stores[1]!.loadRoom('b/content'))).toBe(textOf(loaded));
  });

  it('deletes a board with its rooms, snapshots and checkpoints, leaving other boards alone', async () => {
    const store = await openStore(await freshUrl());
    await store.createBoard(board('b'));
    await store.createBoard(board('b0'));
    const docs = { content: textUpdate('c'), session: textUpdate('s'), questions: textUpdate('q') };
    for (const id of ['b', 'b0']) {
      const seq = await store.appendUpdate(`${id}/content`, textUpdate('one;'));
      await store.compactRoom(`${id}/content`, new Uint8Array([0, 0]), seq);
      await store.appendUpdate(`${id}/content`, textUpdate('two;'));
      await store.saveCheckpoint(id, { kind: 'named', name: 'n', docs });
    }
    void store.appendUpdate('b/questions', textUpdate('queued;'));
    expect(await store.deleteBoard('b')).toBe(true);
    expect(await store.loadRoom('b/content')).toEqual({
      snapshot: null,
      snapshotSeq: 0,
      updates: [],
      lastSeq: 0,
      logBytes: 0,
    });
    expect((await store.loadRoom('b/questions')).updates).toHaveLength(0);
    expect(await store.listCheckpoints('b')).toEqual([]);
    expect(textOf(await store.loadRoom('b0/content'))).toContain('two;');
    expect(await store.listCheckpoints('b0')).toHaveLength(1);
  });

  it('saves, lists, reads and deletes checkpoints; automatic ones are taken once across relays', async () => {
    const url = await freshUrl();
    const [a, b] = await Promise.all([openStore(url), openStore(url)]);
    const docs = { content: textUpdate('c'), session: textUpdate('s'), questions: textUpdate('q') };
    const named = await a.saveCheckpoint('b', { kind: 'named', name: 'Before voting', docs });
    expect(named).toMatchObject({ boardId: 'b', kind: 'named', name: 'Before voting' });
    expect(named.bytes).toBe(docs.content.byteLength + docs.session.byteLength + docs.questions.byteLength);
    // Both relays saw the board move on since the named checkpoint and take the automatic one together.
    const later = { ...docs, content: Y.mergeUpdates([docs.content, textUpdate('later')]) };
    const autos = await Promise.all([
      a.saveCheckpoint('b', { kind: 'auto', name: null, docs: later }),
      b.saveCheckpoint('b', { kind: 'auto', name: null, docs: later }),
    ]);
    expect(autos[0]!.id).toBe(autos[1]!.id);
    const list = await b.listCheckpoints('b');
    expect(list.map((c) => c.kind)).toEqual(['named', 'auto']);
    const full = await b.getCheckpoint('b', named.id);
    expect(full?.name).toBe('Before voting');
    expect(Buffer.from(full!.docs.session).equals(Buffer.from(docs.session))).toBe(true);
    expect(await b.getCheckpoint('other', named.id)).toBeUndefined();
    await a.deleteCheckpoints('b', [named.id]);
    expect((await a.listCheckpoints('b')).map((c) => c.id)).toEqual([autos[0]!.id]);
  });

  it('takes a new automatic checkpoint when the board changed, including by a deletion only', async () => {
    const store = await openStore(await freshUrl());
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    const [session, questions] = [textUpdate('s'), textUpdate('q')];
    const docs = () => ({ content: Y.encodeStateAsUpdate(doc), session, questions });
    const first = await store.saveCheckpoint('b', { kind: 'auto', name: null, docs: docs() });
    expect((await store.saveCheckpoint('b', { kind: 'auto', name: null, docs: docs() })).id).toBe(first.id);
    doc.getText('t').delete(0, 2);
    const second = await store.saveCheckpoint('b', { kind: 'auto', name: null, docs: docs() });
    expect(second.id).not.toBe(first.id);
    expect(store.status().checkpointsDeduplicated).toBe(1);
  });

  it('decides whether one update already holds another', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'abc');
    const before = Y.encodeStateAsUpdate(doc);
    doc.getText('t').delete(1, 1);
    const after = Y.encodeStateAsUpdate(doc);
    expect(updateCovers(after, before)).toBe(true);
    expect(updateCovers(before, after)).toBe(false);
    expect(updateCovers(before, before)).toBe(true);
    expect(updateCovers(before, textUpdate('other client'))).toBe(false);
  });

  it('reports an unreachable database, refuses writes meanwhile and recovers when it is back', async () => {
    const url = await freshUrl();
    const store = await openStore(url);
    await store.appendUpdate('b/content', textUpdate('before;'));
    await store.checkWritable();
    expect(store.status().reachable).toBe(true);
    await server.kill();
    try {
      await expect(store.appendUpdate('b/content', textUpdate('lost;'))).rejects.toThrow();
      await expect(store.checkWritable()).rejects.toThrow();
      expect(store.status().reachable).toBe(false);
      expect(store.status().lastError).toBeTruthy();
      expect(store.unavailable()).toBe(true);
    } finally {
      await server.restart();
    }
    // Its own probe notices the recovery without anyone writing.
    await waitForValue(() => store.unavailable(), false, 5000);
    await store.checkWritable();
    await store.appendUpdate('b/content', textUpdate('after;'));
    expect(store.status().reachable).toBe(true);
    const text = textOf(await store.loadRoom('b/content'));
    expect(text).toContain('before;');
    expect(text).toContain('after;');
    expect(text).not.toContain('lost;');
  });
});
