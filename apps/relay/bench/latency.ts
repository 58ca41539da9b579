import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import type { WorkerCommand, WorkerReport } from './latency-worker';

export interface LatencyOptions {
  /** `ws://host:port/sync` */
  serverUrl: string;
  /** Several relays of a cluster: client process i connects to `serverUrls[i % length]` (cluster bench). */
  serverUrls?: readonly string[];
  room: string;
  params: Record<string, string>;
  clients: number;
  /** Client processes the clients are spread over (decoding every update for 50 clients is real work). */
  processes: number;
  updatesPerSecond: number;
  warmupMs: number;
  durationMs: number;
}

export interface LatencyResult {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /**
   * Latency until the first other client had an update (p50, p95): the relay's own share of the way,
   * before the clients' processes take turns decoding it.
   */
  first: { p50: number; p95: number };
  /** Updates sent per second during the measured window (all clients). */
  sentPerSecond: number;
  /** Updates received per second, summed over all receivers. */
  deliveredPerSecond: number;
  /** Share of the expected deliveries (every update to every other client) that arrived. */
  deliveredShare: number;
  /** The measured window (epoch ms): updates sent within it were counted. */
  window: { from: number; until: number };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const WORKER = resolve(import.meta.dirname, 'latency-worker.ts');

/** Runs the delivery load from separate client processes and merges what they measured. */
export async function measureLatency(options: LatencyOptions): Promise<LatencyResult> {
  const perProcess = Math.ceil(options.clients / options.processes);
  const workers = Array.from({ length: options.processes }, (_, index) => {
    const child = fork(WORKER, [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const clients = Math.min(perProcess, options.clients - index * perProcess);
    const reports: WorkerReport[] = [];
    const waiters: ((report: WorkerReport) => void)[] = [];
    child.on('message', (report: WorkerReport) => {
      const waiter = waiters.shift();
      if (waiter) waiter(report);
      else reports.push(report);
    });
    const next = () =>
      new Promise<WorkerReport>((resolveReport) => {
        const queued = reports.shift();
        if (queued) resolveReport(queued);
        else waiters.push(resolveReport);
      });
    const command = (message: WorkerCommand) => child.send(message);
    command({
      type: 'init',
      serverUrl: options.serverUrls?.[index % options.serverUrls.length] ?? options.serverUrl,
      room: options.room,
      params: options.params,
      clients,
      firstIndex: index * perProcess,
    });
    return { child, next, command };
  });
  try {
    await Promise.all(workers.map((worker) => worker.next()));
    // Everyone's array exists everywhere before the clock starts.
    await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
    const measureFrom = performance.timeOrigin + performance.now() + options.warmupMs;
    const measureUntil = measureFrom + options.durationMs;
    for (const worker of workers) {
      worker.command({
        type: 'start',
        updatesPerSecond: options.updatesPerSecond,
        measureFrom,
        measureUntil,
      });
    }
    const reports = (await Promise.all(workers.map((worker) => worker.next()))) as Extract<
      WorkerReport,
      { type: 'done' }
    >[];
    const latencies = reports.flatMap((report) => report.latencies).sort((a, b) => a - b);
    const firstArrivals = new Map<number, number>();
    for (const report of reports) {
      for (const [sentAt, arrived] of report.firsts) {
        firstArrivals.set(sentAt, Math.min(arrived, firstArrivals.get(sentAt) ?? arrived));
      }
    }
    const firsts = [...firstArrivals].map(([sentAt, arrived]) => arrived - sentAt).sort((a, b) => a - b);
    const sent = reports.reduce((sum, report) => sum + report.sent, 0);
    const delivered = reports.reduce((sum, report) => sum + report.delivered, 0);
    const seconds = options.durationMs / 1000;
    return {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies[latencies.length - 1] ?? Number.NaN,
      first: { p50: percentile(firsts, 50), p95: percentile(firsts, 95) },
      sentPerSecond: sent / seconds,
      deliveredPerSecond: delivered / seconds,
      deliveredShare: delivered / Math.max(1, sent * (options.clients - 1)),
      window: { from: measureFrom, until: measureUntil },
    };
  } finally {
    for (const worker of workers) worker.child.kill();
  }
}
