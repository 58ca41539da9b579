import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type LatencyResult, measureLatency, percentile } from './latency';
import { prepareBoards } from './prepare';
import { cpuSeconds, startRelayProcess } from './processes';
import type { ObserverCommand, ObserverReport } from './town-hall-observer';

/**
 * The town hall: one board, `writers` y-websocket writers (latency-worker.ts) at `rate` updates/s each and
 * `observers` raw y-protocols observers (town-hall-observer.ts) over loopback. Measured twice on one relay
 * process: the writers alone, then with every observer connected: the writers' own delivery p95 in both,
 * the observers' delivery p95, and the relay's RSS. Bounded: the observers are opened once, each phase
 * measures `seconds`, and the whole section is abandoned after `limitMs`.
 */
export interface TownHallOptions {
  writers: number;
  observers: number;
  observerProcesses: number;
  rate: number;
  seconds: number;
  limitMs: number;
}

export interface TownHallResult {
  alone: LatencyResult;
  crowded: LatencyResult;
  observerP50: number;
  observerP95: number;
  observerP99: number;
  /** Share of the writers' updates (sent in the window) × observers that reached an observer. */
  observerShare: number;
  observersOpened: number;
  observersClosed: number;
  rssIdle: number;
  rssAlone: number;
  rssCrowded: number;
  relayCpuSeconds: number;
  elapsedMs: number;
  loadBefore: number[];
  loadAfter: number[];
}

const OBSERVER_WORKER = resolve(import.meta.dirname, 'town-hall-observer.ts');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function observerProcess() {
  const child = fork(OBSERVER_WORKER, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const queue: ObserverReport[] = [];
  const waiters: ((report: ObserverReport) => void)[] = [];
  child.on('message', (report: ObserverReport) => {
    const waiter = waiters.shift();
    if (waiter) waiter(report);
    else queue.push(report);
  });
  return {
    child,
    command: (message: ObserverCommand) => child.send(message),
    next: () =>
      new Promise<ObserverReport>((done) => {
        const queued = queue.shift();
        if (queued) done(queued);
        else waiters.push(done);
      }),
  };
}

export async function runTownHall(options: TownHallOptions): Promise<TownHallResult> {
  const started = performance.now();
  const loadBefore = loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'journeyboard-townhall-'));
  const [board] = await prepareBoards(dir, 1, () => []);
  const relay = await startRelayProcess(dir, {
    MAX_CONNECTIONS_PER_BOARD: String(options.writers + options.observers + 400),
  });
  const workers: ReturnType<typeof observerProcess>[] = [];
  let abandon: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    abandon = setTimeout(
      () => reject(new Error(`town hall over its ${options.limitMs} ms limit`)),
      options.limitMs,
    );
  });
  const run = async (): Promise<TownHallResult> => {
    const load = {
      serverUrl: `${relay.wsUrl}/sync`,
      room: `${board!.id}/content`,
      params: { key: board!.keys.participant },
      clients: options.writers,
      processes: 1,
      updatesPerSecond: options.rate,
      warmupMs: 2000,
      durationMs: options.seconds * 1000,
    };
    const rssIdle = relay.rss();
    const cpuBefore = cpuSeconds(relay);
    const alone = await measureLatency(load);
    const rssAlone = relay.rss();

    const perProcess = Math.ceil(options.observers / options.observerProcesses);
    const url = `${relay.wsUrl}/sync/${board!.id}/content?key=${board!.keys.observer}`;
    for (let index = 0; index < options.observerProcesses; index++) {
      const worker = observerProcess();
      workers.push(worker);
      const count = Math.min(perProcess, options.observers - index * perProcess);
      worker.command({ type: 'init', url, count, firstIndex: index * perProcess });
    }
    const ready = (await Promise.all(workers.map((worker) => worker.next()))) as Extract<
      ObserverReport,
      { type: 'ready' }
    >[];
    const observersOpened = ready.reduce((sum, report) => sum + report.opened, 0);
    await sleep(500);
    const crowded = await measureLatency(load);
    const rssCrowded = relay.rss();
    for (const worker of workers) worker.command({ type: 'collect' });
    const collected = (await Promise.all(workers.map((worker) => worker.next()))) as Extract<
      ObserverReport,
      { type: 'collected' }
    >[];
    const latencies: number[] = [];
    for (const { samples } of collected) {
      for (let index = 0; index < samples.length; index += 2) {
        const sentAt = samples[index]!;
        if (sentAt >= crowded.window.from && sentAt < crowded.window.until)
          latencies.push(samples[index + 1]!);
      }
    }
    latencies.sort((a, b) => a - b);
    const sentInWindow = crowded.sentPerSecond * options.seconds;
    return {
      alone,
      crowded,
      observerP50: percentile(latencies, 50),
      observerP95: percentile(latencies, 95),
      observerP99: percentile(latencies, 99),
      observerShare: latencies.length / Math.max(1, sentInWindow * observersOpened),
      observersOpened,
      observersClosed: collected.reduce((sum, report) => sum + report.closed, 0),
      rssIdle,
      rssAlone,
      rssCrowded,
      relayCpuSeconds: cpuSeconds(relay) - cpuBefore,
      elapsedMs: performance.now() - started,
      loadBefore,
      loadAfter: loadavg(),
    };
  };
  try {
    return await Promise.race([run(), limit]);
  } finally {
    clearTimeout(abandon);
    for (const worker of workers) {
      worker.command({ type: 'stop' });
      setTimeout(() => worker.child.kill(), 1000).unref();
    }
    await relay.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 0)} MB`;

/** The bench section (run.ts, `BENCH_SECTIONS=townhall`). */
export async function townHallSection(): Promise<void> {
  const options: TownHallOptions = {
    writers: env('BENCH_TOWNHALL_WRITERS', 10),
    observers: env('BENCH_TOWNHALL_OBSERVERS', 990),
    observerProcesses: env('BENCH_TOWNHALL_OBSERVER_PROCESSES', 2),
    rate: env('BENCH_TOWNHALL_RATE', 3),
    seconds: env('BENCH_TOWNHALL_SECONDS', 10),
    limitMs: env('BENCH_TOWNHALL_LIMIT_MS', 60_000),
  };
  console.log(
    `\nTown hall: ${options.writers} writers × ${options.rate} updates/s, then with ${options.observers} observers ` +
      `(raw y-protocols sockets, ${options.observerProcesses} processes), ${options.seconds} s measured each, one relay`,
  );
  const result = await runTownHall(options);
  const { alone, crowded } = result;
  console.log(
    `   writers alone:             p50 ${fmt(alone.p50)} ms  p95 ${fmt(alone.p95)} ms  p99 ${fmt(alone.p99)} ms  (delivered ${fmt(alone.deliveredShare * 100)} %)`,
  );
  console.log(
    `   writers with observers:    p50 ${fmt(crowded.p50)} ms  p95 ${fmt(crowded.p95)} ms  p99 ${fmt(crowded.p99)} ms  (delivered ${fmt(crowded.deliveredShare * 100)} %)`,
  );
  console.log(`   writers' p95 change:       ${fmt((crowded.p95 / alone.p95 - 1) * 100)} %`);
  console.log(
    `   to observers:              p50 ${fmt(result.observerP50)} ms  p95 ${fmt(result.observerP95)} ms  p99 ${fmt(result.observerP99)} ms  (delivered ${fmt(result.observerShare * 100)} %)`,
  );
  console.log(
    `   observers open:            ${result.observersOpened} (${result.observersClosed} closed during the run)`,
  );
  console.log(
    `   relay RSS:                 idle ${mb(result.rssIdle)}, writers ${mb(result.rssAlone)}, with observers ${mb(result.rssCrowded)}`,
  );
  console.log(
    `   relay CPU:                 ${fmt(result.relayCpuSeconds)} s over ${fmt(result.elapsedMs / 1000)} s`,
  );
  console.log(
    `   load average before/after: ${result.loadBefore.map((l) => fmt(l)).join(' ')} / ${result.loadAfter.map((l) => fmt(l)).join(' ')}`,
  );
}
