import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { PostgresStore } from '../storage/postgres-store';
import { createBoard, keyOf, synced, waitFor } from '../test-support/relay-fixture';
import { itemValues, pushItem } from '../test-support/scratch';
import { RedisBus } from './redis-bus';
import { durableDoc, metricSum, startClusterRelay } from './testing/cluster-fixture';
import { items, useClusterTestBed } from './testing/cluster-test-bed';

// Several relays sharing one PostgreSQL: one compaction and one automatic checkpoint for the cluster,
// a database outage, and what a relay needs to start. Clients across relays are cluster.test.ts.

const bed = useClusterTestBed();
const { cluster, open, clients } = bed;

describe('several relays sharing one PostgreSQL', () => {
  it('compacts a room once when the three relays holding it unload together', async () => {
    const {
      env,
      relays: [a, b, c],
    } = await cluster(3);
    const board = await createBoard(a!, { title: 'Compaction' });
    const key = keyOf(board.links.participant);
    const on = [a!, b!, c!].map((relay) => open(relay, board.id, 'content', key));
    await Promise.all(on.map((client) => synced(client)));
    for (let round = 0; round < 20; round++) {
      for (const [index, client] of on.entries()) pushItem(client.doc, `${index}-${round}`);
    }
    await waitFor(() => on.every((client) => items(client).length === 60), 10_000, 'convergence');
    for (const client of clients.splice(0)) client.destroy();
    // ROOM_GRACE_MS is 200 ms in tests: every relay unloads the room and asks for a compaction.
    const stores = [a!, b!, c!].map((relay) => relay.store as PostgresStore);
    const total = (field: 'compactionsRun' | 'compactionsSkipped') =>
      stores.reduce((sum, store) => sum + store.status()[field], 0);
    await waitFor(
      () => total('compactionsRun') + total('compactionsSkipped') === 3,
      10_000,
      'three requests',
    );
    expect(total('compactionsRun')).toBe(1);
    const stored = await durableDoc(env.DATABASE_URL, `${board.id}/content`);
    expect(itemValues(stored).length).toBe(60);
    const check = await PostgresStore.open({ url: env.DATABASE_URL, poolSize: 1 });
    const room = await check.loadRoom(`${board.id}/content`);
    await check.close();
    expect(room.snapshot).not.toBeNull();
    expect(room.updates).toHaveLength(0);
    const later = open(b!, board.id, 'content', key);
    await synced(later);
    expect(items(later)).toHaveLength(60);
  });

  it('takes one automatic checkpoint for the cluster when three relays see the same burst end', async () => {
    const {
      relays: [a, b, c],
    } = await cluster(3, { HISTORY_QUIET_MS: '1000', HISTORY_MIN_INTERVAL_MS: '10' });
    const board = await createBoard(a!, { title: 'Checkpoints' });
    const key = keyOf(board.links.participant);
    const on = [a!, b!, c!].map((relay) => open(relay, board.id, 'content', key));
    await Promise.all(on.map((client) => synced(client)));
    for (const [index, client] of on.entries()) pushItem(client.doc, `from ${index}`);
    await waitFor(() => on.every((client) => items(client).length === 3), 5000, 'convergence');
    const stores = [a!, b!, c!].map((relay) => relay.store as PostgresStore);
    // Each relay saw its own client write, so each decides a checkpoint is due once the board is quiet.
    await waitFor(
      () => stores.reduce((sum, store) => sum + store.status().checkpointsDeduplicated, 0) === 2,
      10_000,
      'three decisions',
    );
    const checkpoints = await a!.store.listCheckpoints(board.id);
    expect(checkpoints.filter((checkpoint) => checkpoint.kind === 'auto')).toHaveLength(1);
  });

  it('a relay whose PostgreSQL is unreachable refuses writes with a clear close code, and recovers', async () => {
    const {
      env,
      relays: [a],
    } = await cluster(1);
    const board = await createBoard(a!, { title: 'Outage' });
    const key = keyOf(board.links.participant);
    const writer = open(a!, board.id, 'content', key);
    await synced(writer);
    const witness = open(a!, board.id, 'content', key);
    await synced(witness);
    pushItem(writer.doc, 'before');
    // Broadcast only after it is durable: once the witness has it, PostgreSQL has it.
    await waitFor(() => items(witness).includes('before'), 5000, 'first write durable');
    witness.destroy();
    // A second writer whose socket stays open through the first failure.
    const second = open(a!, board.id, 'content', key);
    await synced(second);
    const secondCloses: number[] = [];
    second.provider.on('connection-close', (event: { code: number } | null) => {
      if (event) secondCloses.push(event.code);
    });
    const closes: { code: number; reason: string }[] = [];
    writer.provider.on('connection-close', (event: { code: number; reason: string } | null) => {
      if (event) closes.push({ code: event.code, reason: event.reason });
    });
    await bed.servers.postgres.kill();
    try {
      pushItem(writer.doc, 'during the outage');
      await waitFor(
        () => closes.some((close) => close.code === 1011),
        10_000,
        'close 1011 on a failed write',
      );
      // Reconnecting while the database is still down is refused with "try again later".
      await waitFor(() => closes.some((close) => close.code === 1013), 10_000, 'close 1013 on reconnect');
      // Once the relay knows, a write is refused before it touches the document held in memory.
      pushItem(second.doc, 'refused up front');
      await waitFor(() => secondCloses[0] === 1013, 10_000, 'second writer refused with 1013');
      const held = await a!.rooms.peek(`${board.id}/content`);
      expect(held ? itemValues(held.toDoc()) : []).not.toContain('refused up front');
      const health = await fetch(`${a!.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await metricSum(a!.url, 'journeyboard_postgres_up')).toBe(0);
    } finally {
      await bed.servers.postgres.restart();
    }
    // The writer reconnects by itself and its sync step 2 stores what it wrote meanwhile.
    await waitFor(() => writer.provider.synced && writer.provider.wsconnected, 15_000, 'reconnected');
    const reader = open(a!, board.id, 'content', key);
    await waitFor(
      () => items(reader).includes('during the outage'),
      10_000,
      'outage write stored after recovery',
    );
    await waitFor(
      () => items(reader).includes('refused up front'),
      10_000,
      'refused write resent after recovery',
    );
    const stored = await durableDoc(env.DATABASE_URL, `${board.id}/content`);
    expect(itemValues(stored)).toEqual(
      expect.arrayContaining(['before', 'during the outage', 'refused up front']),
    );
    expect((await fetch(`${a!.url}/healthz`)).status).toBe(200);
  });

  it('refuses to start with REDIS_URL but no DATABASE_URL, and reports an unreachable Redis at start', async () => {
    const env = await bed.servers.freshEnv();
    await expect(startClusterRelay({ ...env, DATABASE_URL: '' })).rejects.toThrow(
      /REDIS_URL is set without DATABASE_URL/,
    );
    const store = await PostgresStore.open({ url: env.DATABASE_URL });
    try {
      await expect(
        RedisBus.connect({ url: 'redis://127.0.0.1:1', store, logger: pino({ level: 'silent' }) }),
      ).rejects.toThrow();
    } finally {
      await store.close();
    }
  });
});
