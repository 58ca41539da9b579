import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { PostgresStore } from '../../storage/postgres-store';
import { type ChildRelay, startChildRelay } from '../../test-support/child-relay';
import { startTestRelay, type TestRelay } from '../../test-support/relay-fixture';
import { type PostgresServer, startPostgres } from './postgres-server';
import { type RedisServer, startRedis } from './redis-server';

/** PostgreSQL and Redis for one test file; each test gets its own database and Redis database index. */
export interface ClusterServers {
  postgres: PostgresServer;
  redis: RedisServer;
  /** A fresh `DATABASE_URL` + `REDIS_URL` pair (Redis offers 16 database indexes: 1..15 are handed out). */
  freshEnv(): Promise<ClusterEnv>;
  stop(): Promise<void>;
}

export interface ClusterEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
}

let files = 0;

export async function startClusterServers(): Promise<ClusterServers> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  let count = 0;
  files += 1;
  const file = files;
  return {
    postgres,
    redis,
    async freshEnv() {
      count += 1;
      if (count > 15) throw new Error('at most 15 clusters per test file (Redis database indexes)');
      return {
        DATABASE_URL: await postgres.createDatabase(`cluster_${file}_${count}`),
        REDIS_URL: `${redis.url}/${count}`,
      };
    },
    async stop() {
      await Promise.all([postgres.stop(), redis.stop()]);
    },
  };
}

/** A relay of the cluster in this process (port 0, shared PostgreSQL and Redis). */
export function startClusterRelay(env: ClusterEnv, extra: Record<string, string> = {}): Promise<TestRelay> {
  return startTestRelay({ ...env, ...extra });
}

/** A relay of the cluster in its own process, to be killed with SIGKILL. */
export async function startClusterChild(env: ClusterEnv, extra: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'jb-cluster-child-'));
  const child: ChildRelay = await startChildRelay(dataDir, { ...env, ROOM_GRACE_MS: '200', ...extra });
  return Object.assign(child, {
    wsUrl: child.url.replace('http', 'ws'),
    async stop() {
      await child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** What PostgreSQL holds for a room, read by a separate connection (the durable truth). */
export async function durableDoc(databaseUrl: string, room: string): Promise<Y.Doc> {
  const store = await PostgresStore.open({ url: databaseUrl, poolSize: 1 });
  try {
    const stored = await store.loadRoom(room);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return doc;
  } finally {
    await store.close();
  }
}

/** Reads a relay's `/metrics` and sums the samples of one metric matching a label filter. */
export async function metricSum(relayUrl: string, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${relayUrl}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || line.startsWith('#')) continue;
    const match = /^([a-z_]+)(\{[^}]*\})? ([0-9.e+-]+)$/.exec(line);
    if (!match || match[1] !== name || !(match[2] ?? '').includes(labels)) continue;
    sum += Number(match[3]);
  }
  return sum;
}
