import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloseCode } from '@journeyboard/journey';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startChildRelay } from './test-support/child-relay';
import {
  type Client,
  closed,
  connect,
  createBoard,
  keyOf,
  rawSocket,
  startTestRelay,
  synced,
  waitFor,
} from './test-support/relay-fixture';
import { scratchHas, scratchJSON, scratchKeys, scratchSet, scratchSize } from './test-support/scratch';

const dirs: string[] = [];
const clients: Client[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'journeyboard-durability-'));
  dirs.push(dir);
  return dir;
}
function open(...args: Parameters<typeof connect>): Client {
  const client = connect(...args);
  clients.push(client);
  return client;
}

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('durability', () => {
  it('keeps every change across a graceful restart, closing sockets with 1012', async () => {
    const dir = dataDir();
    const first = await startTestRelay({}, { dataDir: dir });
    const board = await createBoard(first, { title: 'Restart', template: 'password-reset' });
    const key = keyOf(board.links.participant);
    const writer = open(first.wsUrl, board.id, 'content', key);
    await synced(writer);
    for (let index = 0; index < 50; index++) scratchSet(writer.doc, `k${index}`, index);
    const room = await first.rooms.peek(`${board.id}/content`)!;
    await waitFor(() => scratchSize(room.toDoc()) === 50, 5000, 'relay has the writes');
    const raw = await rawSocket(`${first.wsUrl}/sync/${board.id}/questions?key=${key}`);
    const rawClosed = closed(raw);
    const expected = scratchJSON(writer.doc);
    const meta = writer.doc.getMap('meta').toJSON();
    writer.provider.disconnect();
    await first.close();
    expect((await rawClosed).code).toBe(CloseCode.serviceRestart);

    const second = await startTestRelay({}, { dataDir: dir });
    try {
      const reader = open(second.wsUrl, board.id, 'content', key);
      await synced(reader);
      expect(scratchJSON(reader.doc)).toEqual(expected);
      expect(reader.doc.getMap('meta').toJSON()).toEqual(meta);
    } finally {
      await second.close();
    }
  });

  it('loses no broadcast update when the relay process is killed with SIGKILL mid-burst', async () => {
    const dir = dataDir();
    const relay = await startChildRelay(dir);
    const wsUrl = relay.url.replace('http', 'ws');
    const board = await createBoard(relay);
    const writer = open(wsUrl, board.id, 'content', keyOf(board.links.participant));
    const watcher = open(wsUrl, board.id, 'content', keyOf(board.links.observer));
    await Promise.all([synced(writer), synced(watcher)]);

    let killed = false;
    let sent = 0;
    const burst = (async () => {
      while (!killed && sent < 20_000) {
        for (let index = 0; index < 20; index++) scratchSet(writer.doc, `k${sent++}`, sent, 'burst');
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await waitFor(() => scratchSize(watcher.doc, 'burst') >= 300, 15_000, 'the watcher to receive a burst');
    await relay.kill('SIGKILL');
    killed = true;
    await burst;
    const received = scratchKeys(watcher.doc, 'burst');
    writer.destroy();
    watcher.destroy();
    expect(received.length).toBeGreaterThanOrEqual(300);

    const restarted = await startChildRelay(dir);
    try {
      const reader = open(
        restarted.url.replace('http', 'ws'),
        board.id,
        'content',
        keyOf(board.links.observer),
      );
      await synced(reader, 10_000);
      const lost = received.filter((key) => !scratchHas(reader.doc, key, 'burst'));
      expect(lost).toEqual([]);
    } finally {
      await restarted.kill('SIGTERM');
    }
  }, 45_000);

  it('compaction merges the log into a snapshot and keeps the content identical', async () => {
    const dir = dataDir();
    const relay = await startTestRelay({ COMPACT_LOG_ENTRIES: '25' }, { dataDir: dir });
    const board = await createBoard(relay, { title: 'Compaction', template: 'support-experience' });
    const key = keyOf(board.links.participant);
    const writer = open(relay.wsUrl, board.id, 'content', key);
    await synced(writer);
    for (let index = 0; index < 300; index++) {
      if (index % 3 === 0) scratchSet(writer.doc, `l${index}`, index, 'list');
      else scratchSet(writer.doc, `k${index % 40}`, index);
      if (index % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const room = await relay.rooms.peek(`${board.id}/content`)!;
    await waitFor(() => scratchSize(room.toDoc(), 'list') === 100, 5000, 'all writes at the relay');
    await room.whenDurable();
    await waitFor(() => room.size.logEntries < 25, 5000, 'compaction');
    const compactions = (await relay.metrics.compactions.get()).values[0]?.value ?? 0;
    expect(compactions).toBeGreaterThan(0);

    const stored = await relay.store.loadRoom(`${board.id}/content`);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(25);
    const rebuilt = new Y.Doc();
    for (const part of [stored.snapshot!, ...stored.updates]) Y.applyUpdate(rebuilt, part);
    expect(scratchJSON(rebuilt)).toEqual(scratchJSON(writer.doc));
    expect(scratchJSON(rebuilt, 'list')).toEqual(scratchJSON(writer.doc, 'list'));
    expect(rebuilt.getMap('meta').toJSON()).toEqual(writer.doc.getMap('meta').toJSON());
    await relay.close();

    const again = await startTestRelay({}, { dataDir: dir });
    try {
      const reader = open(again.wsUrl, board.id, 'content', key);
      await synced(reader);
      expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(writer.doc));
      expect(scratchJSON(reader.doc, 'list')).toEqual(scratchJSON(writer.doc, 'list'));
    } finally {
      await again.close();
    }
  });
});
