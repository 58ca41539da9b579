import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from './sqlite-store';
import type { BoardRecord } from './store';

const board = (id: string): BoardRecord => ({
  id,
  title: `Board ${id}`,
  createdAt: 1_700_000_000_000,
  keyHashes: { facilitator: 'a'.repeat(64), participant: 'b'.repeat(64), observer: 'c'.repeat(64) },
});

function update(key: string, value: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

describe('SqliteStore', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'journeyboard-store-'));
    store = new SqliteStore({ file: join(dir, 'db.sqlite'), durability: 'process' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores boards with their key hashes', async () => {
    expect(await store.isEmpty()).toBe(true);
    await store.createBoard(board('b1'));
    expect(await store.isEmpty()).toBe(false);
    expect(await store.getBoard('b1')).toEqual(board('b1'));
    expect(await store.getBoard('nope')).toBeUndefined();
    expect(await store.setKeyHash('b1', 'observer', 'd'.repeat(64))).toBe(true);
    expect((await store.getBoard('b1'))?.keyHashes.observer).toBe('d'.repeat(64));
    expect(await store.setKeyHash('nope', 'observer', 'd'.repeat(64))).toBe(false);
    await expect(store.createBoard(board('b1'))).rejects.toThrow();
  });

  it('group-commits appends issued together, resolving in order with increasing sequence numbers', async () => {
    const appends = Array.from({ length: 100 }, (_, index) =>
      store.appendUpdate('b1/content', update(`k${index}`, index)),
    );
    const seqs = await Promise.all(appends);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(100);
    const room = await store.loadRoom('b1/content');
    expect(room.updates).toHaveLength(100);
    expect(room.lastSeq).toBe(seqs[99]);
    expect(room.snapshot).toBeNull();
    const doc = new Y.Doc();
    for (const part of room.updates) Y.applyUpdate(doc, part);
    expect(doc.getMap('m').size).toBe(100);
  });

  it('keeps rooms apart', async () => {
    await store.appendUpdate('b1/content', update('a', 1));
    await store.appendUpdate('b1/session', update('b', 2));
    await store.appendUpdate('b10/content', update('c', 3));
    expect((await store.loadRoom('b1/content')).updates).toHaveLength(1);
    expect((await store.loadRoom('b1/questions')).updates).toHaveLength(0);
  });

  it('compacts atomically, keeping appends that were not part of the snapshot', async () => {
    const doc = new Y.Doc();
    let lastSeq = 0;
    for (let index = 0; index < 10; index++) {
      const part = update(`k${index}`, index);
      Y.applyUpdate(doc, part);
      lastSeq = await store.appendUpdate('r/content', part);
    }
    // An append that lands while the snapshot is written (queued, not yet committed).
    const late = store.appendUpdate('r/content', update('late', 99));
    await store.compactRoom('r/content', Y.encodeStateAsUpdate(doc), lastSeq);
    await late;
    const room = await store.loadRoom('r/content');
    expect(room.snapshotSeq).toBe(lastSeq);
    expect(room.updates).toHaveLength(1);
    expect(room.logBytes).toBe(room.updates[0]!.byteLength);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, room.snapshot!);
    for (const part of room.updates) Y.applyUpdate(rebuilt, part);
    expect(rebuilt.getMap('m').size).toBe(11);
    expect(rebuilt.getMap('m').get('late')).toBe(99);
  });

  it('reports the last sequence number of the room alone, that of the snapshot when nothing follows it', async () => {
    expect(await store.loadRoom('r/content')).toMatchObject({ lastSeq: 0, snapshotSeq: 0, logBytes: 0 });
    // Client ids are random, so sizes vary from run to run: compare with the very updates appended.
    const [a, b] = [update('a', 1), update('b', 2)];
    const first = await store.appendUpdate('r/content', a);
    const second = await store.appendUpdate('r/content', b);
    const elsewhere = await store.appendUpdate('r/session', update('c', 3));
    expect(elsewhere).toBeGreaterThan(second);
    const room = await store.loadRoom('r/content');
    expect(room.lastSeq).toBe(second);
    expect(room.updates).toEqual([a, b]);
    expect(room.logBytes).toBe(room.updates[0]!.byteLength + room.updates[1]!.byteLength);
    await store.compactRoom('r/content', a, first);
    expect(await store.loadRoom('r/content')).toMatchObject({ snapshotSeq: first, lastSeq: second });
    await store.compactRoom('r/content', update('b', 2), second);
    expect(await store.loadRoom('r/content')).toMatchObject({
      snapshotSeq: second,
      lastSeq: second,
      logBytes: 0,
    });
  });

  it('never replaces a snapshot with an older one', async () => {
    await store.compactRoom('r/content', update('new', 2), 50);
    await store.compactRoom('r/content', update('old', 1), 10);
    const room = await store.loadRoom('r/content');
    expect(room.snapshotSeq).toBe(50);
  });

  it('deletes a board with its rooms and checkpoints, and nothing else', async () => {
    await store.createBoard(board('b1'));
    await store.createBoard(board('b10'));
    await store.appendUpdate('b1/content', update('a', 1));
    await store.compactRoom('b1/session', update('s', 1), 1);
    await store.appendUpdate('b10/content', update('c', 3));
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    await store.saveCheckpoint('b1', {
      kind: 'named',
      name: 'End',
      docs: { content: empty, session: empty, questions: empty },
    });
    expect(await store.deleteBoard('b1')).toBe(true);
    expect(await store.deleteBoard('b1')).toBe(false);
    expect(await store.getBoard('b1')).toBeUndefined();
    expect((await store.loadRoom('b1/content')).updates).toEqual([]);
    expect((await store.loadRoom('b1/session')).snapshot).toBeNull();
    expect(await store.listCheckpoints('b1')).toEqual([]);
    expect((await store.loadRoom('b10/content')).updates).toHaveLength(1);
    expect(await store.getBoard('b10')).toBeDefined();
  });

  it('saves, lists, reads and deletes checkpoints', async () => {
    const docs = { content: update('c', 1), session: update('s', 2), questions: update('q', 3) };
    const first = await store.saveCheckpoint('b1', { kind: 'auto', name: null, docs });
    const second = await store.saveCheckpoint('b1', { kind: 'named', name: 'End of mapping', docs });
    expect(first.bytes).toBe(docs.content.byteLength + docs.session.byteLength + docs.questions.byteLength);
    expect((await store.listCheckpoints('b1')).map((c) => c.name)).toEqual([null, 'End of mapping']);
    const read = await store.getCheckpoint('b1', second.id);
    expect(read?.docs.questions).toEqual(docs.questions);
    expect(await store.getCheckpoint('other', second.id)).toBeUndefined();
    await store.deleteCheckpoints('b1', [first.id]);
    expect((await store.listCheckpoints('b1')).map((c) => c.id)).toEqual([second.id]);
  });

  it('survives reopening, and reports itself writable', async () => {
    await store.createBoard(board('b1'));
    await store.appendUpdate('b1/content', update('a', 1));
    await store.checkWritable();
    await store.close();
    store = new SqliteStore({ file: join(dir, 'db.sqlite'), durability: 'fsync' });
    expect(await store.getBoard('b1')).toBeDefined();
    expect((await store.loadRoom('b1/content')).updates).toHaveLength(1);
  });

  it('group-commits in fsync mode too (one commit per event-loop I/O phase)', async () => {
    await store.close();
    store = new SqliteStore({ file: join(dir, 'db.sqlite'), durability: 'fsync' });
    const seqs = await Promise.all(
      Array.from({ length: 50 }, (_, index) => store.appendUpdate('f/content', update(`k${index}`, index))),
    );
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect((await store.loadRoom('f/content')).updates).toHaveLength(50);
  });

  it('refuses appends once closed', async () => {
    await store.close();
    await expect(store.appendUpdate('b1/content', update('a', 1))).rejects.toThrow('closed');
  });
});
