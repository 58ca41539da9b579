import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../src/cluster/testing/postgres-server';
import { startRedis } from '../src/cluster/testing/redis-server';
import { type LatencyResult, measureLatency } from './latency';
import { type ServerProcess, startRelayProcess } from './processes';

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
}

function env(source: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = source[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`${name}=${value}: expected a positive integer`);
  return parsed;
}

/** The same variables as the single-relay run (BENCH_CLIENTS, BENCH_RATE, BENCH_SECONDS, …). */
export function clusterBenchOptionsFrom(source: Record<string, string | undefined>): ClusterBenchOptions {
  const relays = env(source, 'BENCH_CLUSTER_RELAYS', 3);
  return {
    clients: env(source, 'BENCH_CLIENTS', 50),
    // A multiple of the relay count keeps the clients evenly spread.
    clientProcesses: env(source, 'BENCH_CLIENT_PROCESSES', 2 * relays),
    ratePerSecond: env(source, 'BENCH_RATE', 10),
    warmupMs: 3000,
    durationMs: env(source, 'BENCH_SECONDS', 15) * 1000,
    relayCounts: Array.from({ length: relays }, (_, index) => index + 1),
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

async function measure(relays: ServerProcess[], options: ClusterBenchOptions): Promise<LatencyResult> {
  const board = await createBoard(relays[0]!.url);
  const urls = relays.map((relay) => `${relay.wsUrl}/sync`);
  return measureLatency({
    serverUrl: urls[0]!,
    serverUrls: urls,
    room: `${board.id}/content`,
    params: { key: board.key },
    clients: options.clients,
    processes: options.clientProcesses,
    updatesPerSecond: options.ratePerSecond,
    warmupMs: options.warmupMs,
    durationMs: options.durationMs,
  });
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
  try {
    const single = [await startRelayProcess(folder(), relayEnv)];
    try {
      rows.push({
        setup: 'SQLite, 1 relay (the default)',
        relays: 1,
        result: await measure(single, options),
      });
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
        rows.push({ setup, relays: count, result: await measure(relays, options) });
      } finally {
        await stopAll(relays);
      }
    }
  } finally {
    await Promise.all([postgres.stop(), redis.stop()]);
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** The table `npm run bench` prints, with the cost of each relay beyond the first. */
export function formatClusterBench(rows: readonly ClusterBenchRow[]): string {
  const lines = [
    '   setup                                   p50 ms  p95 ms  p99 ms  sent/s  delivered/s  delivered',
    ...rows.map(
      ({ setup, result: r }) =>
        `   ${setup.padEnd(38)} ${fmt(r.p50).padStart(7)} ${fmt(r.p95).padStart(7)} ${fmt(r.p99).padStart(7)}  ${fmt(r.sentPerSecond, 0).padStart(6)}  ${fmt(r.deliveredPerSecond, 0).padStart(11)}  ${fmt(r.deliveredShare * 100, 1).padStart(8)}%`,
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
    lines.push(
      `   cost per extra relay (1 → ${last.relays} relays): p50 ${per((r) => r.p50)} ms, p95 ${per((r) => r.p95)} ms, p99 ${per((r) => r.p99)} ms`,
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
