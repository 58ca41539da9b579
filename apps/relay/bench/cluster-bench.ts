import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startPostgres } from '../src/cluster/testing/postgres-server';
import { startRedis } from '../src/cluster/testing/redis-server';
import { ROLES, type Role } from '../src/storage/store';
import { positiveInteger } from './bench-env';
import { type LatencyResult, measureLatency } from './latency';
import { pidCpuSeconds, type ServerProcess, startRelayProcess } from './processes';

/**
 * The cluster run of `npm run bench`: the single-relay delivery load (the same client processes, clients
 * and rate as section 1) against one relay on SQLite, then against 1, 2 and 3 relays sharing a throwaway
 * PostgreSQL and Redis, the client processes spread round-robin over the relays. Every relay is its own
 * process, like in production.
 */
export interface ClusterBenchOptions {
  clients: number;
  clientProcesses: number;
  ratePerSecond: number;
  warmupMs: number;
  durationMs: number;
  relayCounts: readonly number[];
}

export interface ClusterBenchRow {
  setup: string;
  relays: number;
  result: LatencyResult;
  /** CPU used by all relay processes during the run, in cores (1 = one core busy all the time). */
  relayCores: number;
  /** CPU used by Redis during the run, in cores; null without Redis. */
  redisCores: number | null;
}

export async function redisCpuSeconds(redis: Redis | null): Promise<number> {
  if (!redis) return 0;
  const info = await redis.info('cpu');
  const read = (name: string) => Number(new RegExp(`${name}:([0-9.]+)`).exec(info)?.[1] ?? 0);
  return read('used_cpu_sys') + read('used_cpu_user');
}

/** The same variables as the single-relay run (BENCH_CLIENTS, BENCH_RATE, BENCH_SECONDS, …). */
export function clusterBenchOptionsFrom(source: Record<string, string | undefined>): ClusterBenchOptions {
  const relays = positiveInteger(source, 'BENCH_CLUSTER_RELAYS', 3);
  return {
    clients: positiveInteger(source, 'BENCH_CLIENTS', 50),
    // A multiple of the relay count keeps the clients evenly spread.
    clientProcesses: positiveInteger(source, 'BENCH_CLIENT_PROCESSES', 2 * relays),
    ratePerSecond: positiveInteger(source, 'BENCH_RATE', 10),
    warmupMs: 3000,
    durationMs: positiveInteger(source, 'BENCH_SECONDS', 15) * 1000,
    relayCounts: Array.from({ length: relays }, (_, index) => index + 1),
  };
}

/** A board created through the relay's API (the cluster's boards live in PostgreSQL), with every role's key. */
export async function createBoard(relayUrl: string): Promise<{ id: string; keys: Record<Role, string> }> {
  const response = await fetch(`${relayUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Cluster benchmark' }),
  });
  if (response.status !== 201) throw new Error(`board creation failed: ${response.status}`);
  const body = (await response.json()) as { id: string; links: Record<Role, string> };
  const keyOf = (link: string) => new URL(link).hash.replace('#key=', '');
  return {
    id: body.id,
    keys: Object.fromEntries(ROLES.map((role) => [role, keyOf(body.links[role])])) as Record<Role, string>,
  };
}

async function measure(
  setup: string,
  relays: ServerProcess[],
  options: ClusterBenchOptions,
  redis: Redis | null,
): Promise<ClusterBenchRow> {
  const board = await createBoard(relays[0]!.url);
  const urls = relays.map((relay) => `${relay.wsUrl}/sync`);
  const relayCpu = () => relays.reduce((sum, relay) => sum + pidCpuSeconds(relay.process.pid), 0);
  const [relayBefore, redisBefore, started] = [relayCpu(), await redisCpuSeconds(redis), performance.now()];
  const result = await measureLatency({
    serverUrl: urls[0]!,
    serverUrls: urls,
    room: `${board.id}/content`,
    params: { key: board.keys.participant },
    clients: options.clients,
    processes: options.clientProcesses,
    updatesPerSecond: options.ratePerSecond,
    warmupMs: options.warmupMs,
    durationMs: options.durationMs,
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    setup,
    relays: relays.length,
    result,
    relayCores: (relayCpu() - relayBefore) / seconds,
    redisCores: redis ? ((await redisCpuSeconds(redis)) - redisBefore) / seconds : null,
  };
}

export async function runClusterBench(options: ClusterBenchOptions): Promise<ClusterBenchRow[]> {
  const rows: ClusterBenchRow[] = [];
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'jb-bench-cluster-'));
    folders.push(dir);
    return dir;
  };
  const relayEnv = {
    LOG_LEVEL: 'error',
    DEMO_BOARD: 'false',
    MAX_CONNECTIONS_PER_BOARD: String(options.clients + 10),
  };
  const stopAll = (relays: ServerProcess[]) => Promise.all(relays.map((relay) => relay.stop()));
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const redisInfo = new Redis(redis.url, { protocol: 2 });
  try {
    const single = [await startRelayProcess(folder(), relayEnv)];
    try {
      rows.push(await measure('SQLite, 1 relay (the default)', single, options, null));
    } finally {
      await stopAll(single);
    }
    for (const count of options.relayCounts) {
      const clusterEnv = {
        ...relayEnv,
        DATABASE_URL: await postgres.createDatabase(`bench_${count}`),
        REDIS_URL: `${redis.url}/${count}`,
      };
      const relays = await Promise.all(
        Array.from({ length: count }, () => startRelayProcess(folder(), clusterEnv)),
      );
      try {
        const setup = `PostgreSQL + Redis, ${count} relay${count > 1 ? 's' : ''}`;
        rows.push(await measure(setup, relays, options, redisInfo));
      } finally {
        await stopAll(relays);
      }
    }
  } finally {
    redisInfo.disconnect();
    await Promise.all([postgres.stop(), redis.stop()]);
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/**
 * The table `npm run bench` prints, with the cost of each relay beyond the first. CPU is in cores (100 %
 * = one core busy for the whole run, warm-up included); PostgreSQL's CPU is not counted.
 */
export function formatClusterBench(rows: readonly ClusterBenchRow[]): string {
  const lines = [
    '   setup                                   p50 ms  p95 ms  p99 ms  sent/s  delivered/s  delivered  relay CPU  Redis CPU',
    ...rows.map(
      ({ setup, result: r, relayCores, redisCores }) =>
        `   ${setup.padEnd(38)} ${fmt(r.p50).padStart(7)} ${fmt(r.p95).padStart(7)} ${fmt(r.p99).padStart(7)}  ${fmt(r.sentPerSecond, 0).padStart(6)}  ${fmt(r.deliveredPerSecond, 0).padStart(11)}  ${fmt(r.deliveredShare * 100, 1).padStart(8)}%  ${`${fmt(relayCores * 100, 0)}%`.padStart(9)}  ${(redisCores === null ? '-' : `${fmt(redisCores * 100, 0)}%`).padStart(9)}`,
    ),
  ];
  const cluster = rows.filter((row) => row.setup.startsWith('PostgreSQL'));
  const first = cluster[0];
  const last = cluster[cluster.length - 1];
  const sqlite = rows.find((row) => row.setup.startsWith('SQLite'));
  if (first && last && last.relays > first.relays) {
    const extra = last.relays - first.relays;
    const per = (pick: (r: LatencyResult) => number) =>
      fmt((pick(last.result) - pick(first.result)) / extra, 2);
    const cpuPerUpdate = (row: ClusterBenchRow) =>
      (row.relayCores * 1000) / Math.max(1, row.result.sentPerSecond);
    lines.push(
      `   cost per extra relay (1 → ${last.relays} relays): p50 ${per((r) => r.p50)} ms, p95 ${per((r) => r.p95)} ms, p99 ${per((r) => r.p99)} ms; relay CPU per update sent ${fmt((cpuPerUpdate(last) - cpuPerUpdate(first)) / extra, 3)} ms`,
    );
  }
  if (sqlite && last) {
    const ratio = (pick: (r: LatencyResult) => number) =>
      `${fmt(pick(last.result) / pick(sqlite.result), 2)}×`;
    lines.push(
      `   ${last.relays} relays vs the SQLite relay: p50 ${ratio((r) => r.p50)}, p95 ${ratio((r) => r.p95)}, p99 ${ratio((r) => r.p99)}, delivered/s ${ratio((r) => r.deliveredPerSecond)}`,
    );
  }
  return lines.join('\n');
}

/** Section 4 of `npm run bench`; `BENCH_CLUSTER=0` skips it. */
export async function printClusterSection(source: Record<string, string | undefined>): Promise<void> {
  if (source.BENCH_CLUSTER === '0') return;
  const options = clusterBenchOptionsFrom(source);
  console.log(
    `\n4. Cluster: the delivery load of section 1 (${options.clients} clients, ${options.ratePerSecond} updates/s each, ${options.durationMs / 1000} s) over 1 to ${options.relayCounts.length} relays on PostgreSQL + Redis`,
  );
  console.log(formatClusterBench(await runClusterBench(options)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await printClusterSection({ ...process.env, BENCH_CLUSTER: '1' });
  process.exit(0);
}
