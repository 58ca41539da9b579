import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { type PostgresServer, startPostgres } from '../src/cluster/testing/postgres-server';
import { type RedisServer, startRedis } from '../src/cluster/testing/redis-server';
import { createBoard, redisCpuSeconds } from './cluster-bench';
import { type ServerProcess, startRelayProcess } from './processes';
import { measureTownHall, type TownHallOptions, type TownHallResult } from './town-hall-measure';
import { formatTownHall, townHallOptionsFrom } from './town-hall-report';

/**
 * The town hall behind several relays (issue 20: "the 1,000-person board behind three relays on
 * PostgreSQL and Redis, each relay carrying a third of the observers"): `relays` relay processes sharing
 * a throwaway PostgreSQL and Redis, the board created through the first relay's API, the writers' processes
 * and the observers' thirds each on one relay in turn (town-hall-measure.ts). Every server process and
 * temporary folder is stopped and removed whatever happens.
 */
export async function runTownHallCluster(
  options: TownHallOptions,
  relayCount: number,
): Promise<TownHallResult> {
  const started = performance.now();
  const loadBefore = loadavg();
  const folders: string[] = [];
  const relays: ServerProcess[] = [];
  let postgres: PostgresServer | undefined;
  let redis: RedisServer | undefined;
  let redisInfo: Redis | undefined;
  try {
    // Started one after the other so that one failing to start leaves nothing running unnoticed.
    postgres = await startPostgres();
    redis = await startRedis();
    const relayEnv = {
      LOG_LEVEL: 'error',
      MAX_CONNECTIONS_PER_BOARD: String(options.writers + options.observers + 400),
      DATABASE_URL: await postgres.createDatabase('bench_townhall'),
      REDIS_URL: redis.url,
    };
    for (let index = 0; index < relayCount; index++) {
      const dir = mkdtempSync(join(tmpdir(), 'journeyboard-townhall-cluster-'));
      folders.push(dir);
      relays.push(await startRelayProcess(dir, relayEnv));
    }
    redisInfo = new Redis(redis.url, { protocol: 2 });
    const info = redisInfo;
    const board = await createBoard(relays[0]!.url);
    const target = {
      relays,
      boardId: board.id,
      participantKey: board.keys.participant,
      observerKey: board.keys.observer,
      redisCpuSeconds: () => redisCpuSeconds(info),
    };
    return await measureTownHall(target, options, started, loadBefore);
  } finally {
    redisInfo?.disconnect();
    await Promise.allSettled(relays.map((relay) => relay.stop()));
    await Promise.allSettled([postgres?.stop(), redis?.stop()]);
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  }
}

/** The bench section (run.ts, `BENCH_SECTIONS=townhall-cluster`); `BENCH_TOWNHALL_RELAYS` (3) relays. */
export async function townHallClusterSection(): Promise<void> {
  const relayCount = Number(process.env.BENCH_TOWNHALL_RELAYS || 3);
  if (!Number.isInteger(relayCount) || relayCount < 1)
    throw new Error(
      `BENCH_TOWNHALL_RELAYS=${process.env.BENCH_TOWNHALL_RELAYS}: expected a positive integer`,
    );
  const options = townHallOptionsFrom(process.env, relayCount);
  console.log(
    `\nTown hall on ${relayCount} relays (PostgreSQL + Redis): ${options.writers} writers × ${options.rate} updates/s ` +
      `(${options.writerProcesses} processes, one per relay), then with ${options.observers} observers ` +
      `(raw y-protocols sockets, a share per relay, ${options.observerProcesses} processes${options.observerNice === 'idle' ? ', SCHED_IDLE' : options.observerNice > 0 ? `, niceness ${options.observerNice}` : ''}), ${options.seconds} s measured each`,
  );
  for (const line of formatTownHall(await runTownHallCluster(options, relayCount))) console.log(line);
}
