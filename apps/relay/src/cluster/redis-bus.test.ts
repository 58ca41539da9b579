import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PostgresStore } from '../storage/postgres-store';
import type { ControlEvent, RoomMessage } from './bus';
import { RedisBus, type RedisBusOptions } from './redis-bus';
import { waitFor } from './testing/free-port';
import { type PostgresServer, startPostgres } from './testing/postgres-server';
import { type RedisServer, startRedis } from './testing/redis-server';

let postgres: PostgresServer;
let redis: RedisServer;
let databases = 0;
const cleanup: (() => Promise<void>)[] = [];
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([postgres?.stop(), redis?.stop()]);
});

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => {});
});

async function openStore(): Promise<PostgresStore> {
  databases += 1;
  const store = await PostgresStore.open({ url: await postgres.createDatabase(`bus_test_${databases}`) });
  cleanup.push(() => store.close());
  return store;
}

async function openBus(store: PostgresStore, options: Partial<RedisBusOptions> = {}): Promise<RedisBus> {
  const bus = await RedisBus.connect({
    url: redis.url,
    store,
    logger,
    keyPrefix: `t${databases}:`,
    ...options,
  });
  cleanup.push(() => bus.close());
  return bus;
}

/** A room as the relay keeps it: a document that applies what the bus delivers. */
function roomDoc() {
  const doc = new Y.Doc();
  const awareness: Uint8Array[] = [];
  const listener = (message: RoomMessage) => {
    if (message.kind === 'update') Y.applyUpdate(doc, message.update);
    else awareness.push(message.update);
  };
  return { doc, awareness, listener, text: () => doc.getText('t').toString() };
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('RedisBus', () => {
  it('delivers updates and awareness to the other relays holding the room, never back to the sender', async () => {
    const store = await openStore();
    const [a, b, c] = await Promise.all([openBus(store), openBus(store), openBus(store)]);
    const [ra, rb, rc] = [roomDoc(), roomDoc(), roomDoc()];
    await a.joinRoom('x/content', ra.listener);
    await b.joinRoom('x/content', rb.listener);
    await c.joinRoom('x/content', rc.listener);
    const update = textUpdate('hello');
    await store.appendUpdate('x/content', update);
    await a.publish('x/content', { kind: 'update', update });
    await a.publish('x/content', { kind: 'awareness', update: new Uint8Array([1, 2, 3]) });
    await waitFor(async () => expect([rb.text(), rc.text()]).toEqual(['hello', 'hello']), 5000, 'delivery');
    await waitFor(async () => expect(rc.awareness).toHaveLength(1), 5000, 'awareness');
    expect([...rb.awareness[0]!]).toEqual([1, 2, 3]);
    expect(ra.text()).toBe('');
    expect(a.status()).toMatchObject({ connected: true, published: 2, received: 0, roomsJoined: 1 });
    expect(b.status().received).toBe(2);
    // Streams of rooms nobody writes to any more expire instead of growing Redis forever.
    const probe = new Redis(`${redis.url}`, { protocol: 2 });
    cleanup.push(async () => probe.disconnect());
    const ttl = await probe.pttl(`t${databases}:room:x/content:u`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3_600_000);
  });

  it('replays recent updates to a room that joins after they were published', async () => {
    const store = await openStore();
    const [a, b] = await Promise.all([openBus(store), openBus(store)]);
    const update = textUpdate('before the join');
    await a.publish('x/content', { kind: 'update', update });
    const rb = roomDoc();
    await b.joinRoom('x/content', rb.listener);
    await waitFor(async () => expect(rb.text()).toBe('before the join'), 5000, 'replay');
  });

  it('stops delivering to a room that left', async () => {
    const store = await openStore();
    const [a, b] = await Promise.all([openBus(store), openBus(store)]);
    const rb = roomDoc();
    const leave = await b.joinRoom('x/content', rb.listener);
    await a.publish('x/content', { kind: 'update', update: textUpdate('one') });
    await waitFor(async () => expect(rb.text()).toBe('one'), 5000, 'first');
    await leave();
    await a.publish('x/content', { kind: 'update', update: textUpdate('two') });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rb.text()).toBe('one');
  });

  it('delivers control events to every relay once, the publisher included at once', async () => {
    const store = await openStore();
    const [a, b] = await Promise.all([openBus(store), openBus(store)]);
    const seenA: ControlEvent[] = [];
    const seenB: ControlEvent[] = [];
    a.onControl((event) => seenA.push(event));
    b.onControl((event) => seenB.push(event));
    const event: ControlEvent = { kind: 'key-rotated', boardId: 'x', role: 'observer' };
    const publishing = a.publishControl(event);
    expect(seenA).toEqual([event]);
    await publishing;
    await waitFor(async () => expect(seenB).toEqual([event]), 5000, 'control event');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seenA).toEqual([event]);
  });

  it('sends a control event published while Redis is down once it is back', async () => {
    const store = await openStore();
    const [a, b] = await Promise.all([openBus(store), openBus(store)]);
    const seenA: ControlEvent[] = [];
    const seenB: ControlEvent[] = [];
    a.onControl((event) => seenA.push(event));
    b.onControl((event) => seenB.push(event));
    await redis.kill();
    const event: ControlEvent = { kind: 'key-rotated', boardId: 'x', role: 'participant' };
    try {
      // The rotation already happened in the store: publishing must not fail the request.
      await a.publishControl(event);
      expect(seenA).toEqual([event]);
    } finally {
      await redis.restart();
    }
    await waitFor(async () => expect(seenB).toEqual([event]), 10_000, 'event after restart');
    expect(seenA).toEqual([event]);
  });

  it('lets a room join while Redis is down and catches it up once Redis is back', async () => {
    const store = await openStore();
    const [a, b] = await Promise.all([openBus(store), openBus(store)]);
    await redis.kill();
    const rb = roomDoc();
    try {
      await b.joinRoom('x/content', rb.listener);
      // Stored by another relay while Redis is down: B can only learn it from the store.
      await store.appendUpdate('x/content', textUpdate('while down;'));
      await expect(
        a.publish('x/content', { kind: 'update', update: textUpdate('while down;') }),
      ).rejects.toThrow();
    } finally {
      await redis.restart();
    }
    await waitFor(async () => expect(rb.text()).toContain('while down;'), 10_000, 'catch-up after restart');
  });

  it('loses nothing when Redis restarts empty: relays reload the rooms from the store', async () => {
    const store = await openStore();
    const [a, b] = await Promise.all([openBus(store), openBus(store)]);
    const rb = roomDoc();
    await b.joinRoom('x/content', rb.listener);
    const before = textUpdate('before;');
    await store.appendUpdate('x/content', before);
    await a.publish('x/content', { kind: 'update', update: before });
    await waitFor(async () => expect(rb.text()).toBe('before;'), 5000, 'before restart');
    await redis.kill();
    // Accepted (durable) while Redis is down: the publish fails and nobody receives it from Redis.
    const during = textUpdate('during;');
    await store.appendUpdate('x/content', during);
    await expect(a.publish('x/content', { kind: 'update', update: during })).rejects.toThrow();
    expect(a.status().connected).toBe(false);
    await redis.restart();
    await waitFor(async () => expect(rb.text()).toContain('during;'), 10_000, 'catch-up after restart');
    expect(b.status().catchUps).toBeGreaterThan(0);
    await waitFor(
      async () => expect(a.status().connected && b.status().connected).toBe(true),
      5000,
      'reconnect',
    );
    const after = textUpdate('after;');
    await store.appendUpdate('x/content', after);
    await a.publish('x/content', { kind: 'update', update: after });
    await waitFor(async () => expect(rb.text()).toContain('after;'), 5000, 'after restart');
  });

  it('reloads rooms from the store when another relay stops beating (killed between storing and publishing)', async () => {
    const store = await openStore();
    // Two survivors: each must notice the death, not only the first to look at the list.
    const [b, c] = await Promise.all([
      openBus(store, { heartbeatMs: 100 }),
      openBus(store, { heartbeatMs: 130 }),
    ]);
    const [rb, rc] = [roomDoc(), roomDoc()];
    await b.joinRoom('x/content', rb.listener);
    await c.joinRoom('x/content', rc.listener);
    // A peer that beats like a relay, stores an update, and dies before publishing it.
    const peer = new Redis(redis.url, { protocol: 2 });
    cleanup.push(async () => peer.disconnect());
    await peer.set(`t${databases}:relay:dying`, '1', 'PX', 400);
    await peer.zadd(`t${databases}:relays`, String(Date.now()), 'dying');
    await waitFor(async () => expect(b.status().peersLost).toBe(0), 1000, 'peer seen');
    await new Promise((resolve) => setTimeout(resolve, 250));
    await store.appendUpdate('x/content', textUpdate('stored, never published'));
    await waitFor(async () => expect(rb.text()).toBe('stored, never published'), 5000, 'reload after death');
    await waitFor(async () => expect(rc.text()).toBe('stored, never published'), 5000, 'reload at C too');
    expect(b.status().peersLost).toBe(1);
    expect(c.status().peersLost).toBe(1);
  });

  it('asks the others to reload when its own publishes failed while the rest of the cluster stayed up', async () => {
    const store = await openStore();
    const [a, b] = await Promise.all([openBus(store), openBus(store)]);
    const rb = roomDoc();
    await a.joinRoom('x/content', () => {});
    await b.joinRoom('x/content', rb.listener);
    // Only A's command connection drops (a network blip between A and Redis); B never notices.
    const admin = new Redis(redis.url, { protocol: 2 });
    cleanup.push(async () => admin.disconnect());
    const clients = String(await admin.call('CLIENT', 'LIST'));
    const id = new RegExp(`id=(\\d+) .*name=journeyboard-${a.relayId}-commands`).exec(clients)?.[1];
    expect(id).toBeDefined();
    const update = textUpdate('published while cut off');
    await store.appendUpdate('x/content', update);
    await admin.call('CLIENT', 'KILL', 'ID', id!);
    await expect(a.publish('x/content', { kind: 'update', update })).rejects.toThrow();
    await waitFor(async () => expect(rb.text()).toBe('published while cut off'), 10_000, 'resync');
    expect(b.status()).toMatchObject({ reconnects: 0, catchUps: 1 });
    expect(a.status().reconnects).toBe(1);
  });
});
