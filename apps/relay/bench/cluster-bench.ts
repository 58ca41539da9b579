import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../src/cluster/testing/postgres-server';
import { startRedis } from '../src/cluster/testing/redis-server';
import { type ChildRelay, startChildRelay } from '../src/test-support/child-relay';
import { type LoadResult, percentile, runLoad } from './cluster-load';

/**
 * The cluster run of `npm run bench`: the single-relay load (50 clients in one room, 10 small updates a
 * second each) against one relay on SQLite, then against 1, 2 and 3 relays sharing a throwaway
 * PostgreSQL and Redis, clients spread round-robin over the relays. Every relay is its own process,
 * like in production; the clients share this process (one clock for latencies).
 */
export interface ClusterBenchOptions {
  clients: number;
  ratePerSecond: number;
  warmupMs: number;
  durationMs: number;
  relayCounts: readonly number[];
}

export const DEFAULT_CLUSTER_BENCH: ClusterBenchOptions = {
  clients: 50,
  ratePerSecond: 10,
  warmupMs: 2000,
  durationMs: 10_000,
  relayCounts: [1, 2, 3],
};

export interface ClusterBenchRow {
  setup: string;
  relays: number;
  p50: number;
  p95: number;
  p99: number;
  sentPerSecond: number;
  deliveredPerSecond: number;
  deliveredShare: number;
}

function row(setup: string, relays: number, result: LoadResult): ClusterBenchRow {
  return {
    setup,
    relays,
    p50: percentile(result.latenciesMs, 50),
    p95: percentile(result.latenciesMs, 95),
    p99: percentile(result.latenciesMs, 99),
    sentPerSecond: result.sent / result.seconds,
    deliveredPerSecond: result.delivered / result.seconds,
    deliveredShare: result.expected === 0 ? 0 : result.delivered / result.expected,
  };
}

async function createBoard(relayUrl: string): Promise<{ id: string; key: string }> {
  const response = await fetch(`${relayUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Cluster benchmark' }),
  });
  if (response.status !== 201) throw new Error(`board creation failed: ${response.status}`);
  const body = (await response.json()) as { id: string; links: { participant: string } };
  return { id: body.id, key: new URL(body.links.participant).hash.replace('#key=', '') };
}

async function measure(
  setup: string,
  relays: ChildRelay[],
  options: ClusterBenchOptions,
): Promise<ClusterBenchRow> {
  const board = await createBoard(relays[0]!.url);
  const result = await runLoad({
    wsUrls: relays.map((relay) => relay.url.replace('http', 'ws')),
    boardId: board.id,
    key: board.key,
    clients: options.clients,
    ratePerSecond: options.ratePerSecond,
    warmupMs: options.warmupMs,
    durationMs: options.durationMs,
  });
  return row(setup, relays.length, result);
}

export async function runClusterBench(
  options: ClusterBenchOptions = DEFAULT_CLUSTER_BENCH,
): Promise<ClusterBenchRow[]> {
  const rows: ClusterBenchRow[] = [];
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'jb-bench-relay-'));
    folders.push(dir);
    return dir;
  };
  const quiet = { LOG_LEVEL: 'error', MAX_MESSAGES_PER_SECOND: '1000' };
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  try {
    const single = await startChildRelay(folder(), quiet);
    try {
      rows.push(await measure('SQLite, 1 relay', [single], options));
    } finally {
      await single.kill('SIGTERM');
    }
    for (const count of options.relayCounts) {
      const env = {
        ...quiet,
        DATABASE_URL: await postgres.createDatabase(`bench_${count}`),
        REDIS_URL: `${redis.url}/${count}`,
      };
      const relays = await Promise.all(Array.from({ length: count }, () => startChildRelay(folder(), env)));
      try {
        rows.push(
          await measure(`PostgreSQL + Redis, ${count} relay${count > 1 ? 's' : ''}`, relays, options),
        );
      } finally {
        await Promise.all(relays.map((relay) => relay.kill('SIGTERM')));
      }
    }
  } finally {
    await Promise.all([postgres.stop(), redis.stop()]);
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The table printed by `npm run bench`, with the cost of each relay beyond the first. */
export function formatClusterBench(rows: readonly ClusterBenchRow[]): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    '| setup | p50 | p95 | p99 | updates sent/s | deliveries/s | delivered |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.setup} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.sentPerSecond.toFixed(0)} | ${r.deliveredPerSecond.toFixed(0)} | ${(r.deliveredShare * 100).toFixed(2)} % |`,
    ),
  ];
  const cluster = rows.filter((r) => r.setup.startsWith('PostgreSQL'));
  const first = cluster[0];
  const last = cluster[cluster.length - 1];
  const sqlite = rows.find((r) => r.setup.startsWith('SQLite'));
  if (first && last && last.relays > first.relays) {
    const extra = last.relays - first.relays;
    lines.push(
      '',
      `cost per extra relay: p50 ${((last.p50 - first.p50) / extra).toFixed(2)} ms, p95 ${((last.p95 - first.p95) / extra).toFixed(2)} ms`,
    );
  }
  if (sqlite && last) {
    lines.push(
      `${last.relays} relays vs one SQLite relay: p50 ×${(last.p50 / sqlite.p50).toFixed(2)}, p95 ×${(last.p95 / sqlite.p95).toFixed(2)}, deliveries/s ×${(last.deliveredPerSecond / sqlite.deliveredPerSecond).toFixed(2)}`,
    );
  }
  return lines.join('\n');
}

/** `BENCH_DURATION_MS` and `BENCH_CLIENTS` shorten or shrink the run (the defaults are the load). */
export function clusterBenchOptionsFrom(env: Record<string, string | undefined>): ClusterBenchOptions {
  const number = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1)
      throw new Error(`${name}=${value}: expected a positive integer`);
    return parsed;
  };
  return {
    ...DEFAULT_CLUSTER_BENCH,
    durationMs: number('BENCH_DURATION_MS', DEFAULT_CLUSTER_BENCH.durationMs),
    clients: number('BENCH_CLIENTS', DEFAULT_CLUSTER_BENCH.clients),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = clusterBenchOptionsFrom(process.env);
  console.log(
    `cluster benchmark: ${options.clients} clients in one room, ${options.ratePerSecond} updates/s each (target ${options.clients * options.ratePerSecond} updates/s), ${options.durationMs / 1000} s per setup`,
  );
  console.log(formatClusterBench(await runClusterBench(options)));
}
