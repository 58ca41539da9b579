import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMetrics } from '../metrics';
import { SqliteStore } from '../storage/sqlite-store';
import { RoomLog } from './room-log';
import { RoomState } from './room-state';
import { UpdateMerger } from './update-merger';

const merger = new UpdateMerger();
afterAll(() => merger.close());

/** `count` updates of one client, each adding an entry to a map. */
function updates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => out.push(update));
  for (let i = 0; i < count; i++) doc.getMap('map').set(`k${i}`, i);
  return out;
}

/** `log.append` as a promise of what it reports. */
const appendTo = (log: RoomLog, update: Uint8Array) =>
  new Promise<boolean>((resolve) => log.append(update, resolve));

function logOf(store: SqliteStore, limits = { compactLogEntries: 1000, compactLogBytes: 1 << 30 }) {
  const state = RoomState.fromStored(null, []);
  const deps = { store, merger, metrics: createMetrics(), logger: pino({ level: 'silent' }), limits };
  return { state, log: new RoomLog('b/content', state, deps, { lastSeq: 0, entries: 0, bytes: 0 }) };
}

describe('RoomLog', () => {
  it('says each append is durable once stored, counts the log, and waits for every pending append', async () => {
    const store = new SqliteStore({ file: ':memory:', durability: 'process' });
    const { log } = logOf(store);
    const parts = updates(3);
    const results = parts.map((part) => appendTo(log, part));
    await log.whenDurable();
    expect(await Promise.all(results)).toEqual([true, true, true]);
    expect(log.size).toEqual({
      logEntries: 3,
      logBytes: parts.reduce((sum, part) => sum + part.byteLength, 0),
    });
    expect((await store.loadRoom('b/content')).updates).toHaveLength(3);
    await store.close();
  });

  it('reports a failed append as not stored, and does not count it', async () => {
    const store = new SqliteStore({ file: ':memory:', durability: 'process' });
    const { log } = logOf(store);
    await store.close();
    expect(await appendTo(log, updates(1)[0]!)).toBe(false);
    expect(log.size.logEntries).toBe(0);
  });

  it('compacts into a snapshot past its limit, keeping the document', async () => {
    const store = new SqliteStore({ file: ':memory:', durability: 'process' });
    const { state, log } = logOf(store, { compactLogEntries: 5, compactLogBytes: 1 << 30 });
    const parts = updates(6);
    for (const part of parts) {
      state.apply(part);
      log.append(part, () => {});
    }
    await log.whenDurable();
    log.maybeCompact();
    await log.settle({ compact: false });
    expect(log.size.logEntries).toBe(0);
    const stored = await store.loadRoom('b/content');
    expect(stored.updates).toHaveLength(0);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.snapshot!);
    expect(doc.getMap('map').size).toBe(6);
    await store.close();
  });
});
