import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from './sqlite-store';

function update(key: string, value: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

function readMap(parts: readonly Uint8Array[], snapshot: Uint8Array | null): Record<string, unknown> {
  const doc = new Y.Doc();
  if (snapshot) Y.applyUpdate(doc, snapshot);
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc.getMap('m').toJSON();
}

describe('SqliteLog', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'journeyboard-log-'));
    file = join(dir, 'db.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps sequence numbers rising across compaction, reopening and rooms emptied by compaction', async () => {
    let store = new SqliteStore({ file, durability: 'process' });
    const first = await Promise.all(
      [1, 2, 3].map((n) => store.appendUpdate('b1/content', update(`k${n}`, n))),
    );
    await store.compactRoom(
      'b1/content',
      Y.mergeUpdates([update('k1', 1), update('k2', 2), update('k3', 3)]),
      first[2]!,
    );
    await store.close();
    // The log is empty now: the next number still comes after the snapshot's.
    store = new SqliteStore({ file, durability: 'process' });
    const next = await store.appendUpdate('b1/content', update('k4', 4));
    expect(next).toBeGreaterThan(first[2]!);
    const room = await store.loadRoom('b1/content');
    expect(room.snapshotSeq).toBe(first[2]);
    expect(room.lastSeq).toBe(next);
    expect(readMap(room.updates, room.snapshot)).toEqual({ k1: 1, k2: 2, k3: 3, k4: 4 });
    await store.close();
  });

  it('moves a log written by an earlier version (table `updates`) into the new table, keeping its counter', async () => {
    const old = new Database(file);
    old.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX updates_by_room ON updates (room, seq);
    `);
    const insert = old.prepare('INSERT INTO updates (room, data) VALUES (?, ?)');
    for (let n = 1; n <= 5; n++) insert.run(n % 2 ? 'b1/content' : 'b2/content', update(`k${n}`, n));
    // The board that held the newest rows was deleted: its numbers must not be given again.
    insert.run('gone/content', update('x', 0));
    old.prepare("DELETE FROM updates WHERE room = 'gone/content'").run();
    old.close();

    const store = new SqliteStore({ file, durability: 'process' });
    const b1 = await store.loadRoom('b1/content');
    const b2 = await store.loadRoom('b2/content');
    expect(readMap(b1.updates, null)).toEqual({ k1: 1, k3: 3, k5: 5 });
    expect(readMap(b2.updates, null)).toEqual({ k2: 2, k4: 4 });
    expect(b1.lastSeq).toBe(5);
    expect(await store.appendUpdate('b2/content', update('k7', 7))).toBe(7);
    await store.close();

    const check = new Database(file, { readonly: true });
    const tables = check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    check.close();
    expect(tables).toContain('room_log');
    expect(tables).not.toContain('updates');
  });
});
