import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { resolve } from 'node:path';
import { percentile } from './latency';
import { pidCpuSeconds } from './processes';
import type { ObserverCommand, ObserverReport } from './town-hall-observer';

/**
 * The town hall's observers (town-hall-observer.ts processes), shared by the one-relay and the cluster
 * sections: where each process connects, opening them, collecting what they measured, stopping them.
 */

/** One observer process: how many observers it opens, on which relay, numbered from `firstIndex`. */
export interface ObserverShare {
  relay: number;
  count: number;
  firstIndex: number;
}

const evenPart = (total: number, parts: number, index: number) =>
  Math.floor(total / parts) + (index < total % parts ? 1 : 0);

/**
 * The observers split into equal shares per relay (thirds for three relays), each relay's share over
 * the same number of processes (`processes` rounded up to a multiple of the relays).
 */
export function planObservers(observers: number, relays: number, processes: number): ObserverShare[] {
  const perRelay = Math.max(1, Math.ceil(processes / relays));
  const shares: ObserverShare[] = [];
  let firstIndex = 0;
  for (let relay = 0; relay < relays; relay++) {
    const relayCount = evenPart(observers, relays, relay);
    for (let part = 0; part < perRelay; part++) {
      const count = evenPart(relayCount, perRelay, part);
      if (count === 0) continue;
      shares.push({ relay, count, firstIndex });
      firstIndex += count;
    }
  }
  return shares;
}

/** What the observers saw of the updates sent in a window. */
export interface ObserverDelivery {
  p50: number;
  p95: number;
  p99: number;
  /** Share of the updates sent in the window × observers opened that reached an observer. */
  share: number;
  /** Latencies per relay the observers were on (p95), to see whether a relay's third lagged. */
  p95PerRelay: number[];
  closed: number;
  /**
   * The lowest and highest observer count (the board's, every relay's observers summed, as the relay
   * publishes it) the open observers saw last; null if none saw one.
   */
  countSeen: { lowest: number; highest: number } | null;
}

type Ready = Extract<ObserverReport, { type: 'ready' }>;
type Collected = Extract<ObserverReport, { type: 'collected' }>;

const OBSERVER_WORKER = resolve(import.meta.dirname, 'town-hall-observer.ts');

function observerProcess(nice: number | 'idle') {
  // SCHED_IDLE from the start, for every thread of the process: node runs under `chrt --idle 0`, which
  // keeps the IPC channel's descriptor and environment as it executes node.
  const idle = nice === 'idle';
  const child = fork(OBSERVER_WORKER, [], {
    execPath: idle ? 'chrt' : process.execPath,
    execArgv: idle ? ['--idle', '0', process.execPath, '--import', 'tsx'] : ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (typeof nice === 'number' && nice > 0 && child.pid !== undefined) setPriority(child.pid, nice);
  const queue: ObserverReport[] = [];
  const waiters: ((report: ObserverReport) => void)[] = [];
  child.on('message', (report: ObserverReport) => {
    const waiter = waiters.shift();
    if (waiter) waiter(report);
    else queue.push(report);
  });
  return {
    child,
    command: (message: ObserverCommand) => {
      if (child.connected) child.send(message);
    },
    next: () =>
      new Promise<ObserverReport>((done) => {
        const queued = queue.shift();
        if (queued) done(queued);
        else waiters.push(done);
      }),
  };
}

function countSeen(collected: readonly Collected[]): ObserverDelivery['countSeen'] {
  const counts = collected.flatMap(({ counts }) => (counts ? [counts] : []));
  if (counts.length === 0) return null;
  return {
    lowest: Math.min(...counts.map(({ lowest }) => lowest)),
    highest: Math.max(...counts.map(({ highest }) => highest)),
  };
}

/** The observer processes of one run; `stop` always ends them (call it in a `finally`). */
export class ObserverCrowd {
  private readonly workers: { process: ReturnType<typeof observerProcess>; share: ObserverShare }[] = [];
  opened = 0;
  /** Observers whose socket closed or failed before their first sync answer. */
  failed = 0;
  /** Observers opened on each relay. */
  openedPerRelay: number[] = [];

  /** `nice`: the observer processes' niceness (see `TownHallOptions.observerNice`). */
  constructor(private readonly nice: number | 'idle' = 0) {}

  /** Opens every share's observers on `urls[share.relay]` and waits until each process has synced. */
  async open(urls: readonly string[], shares: readonly ObserverShare[]): Promise<void> {
    for (const share of shares) {
      const process = observerProcess(this.nice);
      this.workers.push({ process, share });
      const { count, firstIndex } = share;
      process.command({ type: 'init', url: urls[share.relay]!, count, firstIndex });
    }
    const ready = (await Promise.all(this.workers.map(({ process }) => process.next()))) as Ready[];
    this.openedPerRelay = urls.map(() => 0);
    ready.forEach((report, index) => {
      this.openedPerRelay[this.workers[index]!.share.relay]! += report.opened;
    });
    this.opened = ready.reduce((sum, report) => sum + report.opened, 0);
    this.failed = ready.reduce((sum, report) => sum + report.failed, 0);
  }

  /** The delivery of the updates sent in `window` (`sent` of them) to every observer opened. */
  async collect(window: { from: number; until: number }, sent: number): Promise<ObserverDelivery> {
    for (const { process } of this.workers) process.command({ type: 'collect' });
    const collected = (await Promise.all(this.workers.map(({ process }) => process.next()))) as Collected[];
    const all: number[] = [];
    const perRelay: number[][] = this.openedPerRelay.map(() => []);
    collected.forEach(({ samples }, index) => {
      const relay = this.workers[index]!.share.relay;
      for (let at = 0; at < samples.length; at += 2) {
        const sentAt = samples[at]!;
        if (sentAt < window.from || sentAt >= window.until) continue;
        all.push(samples[at + 1]!);
        perRelay[relay]!.push(samples[at + 1]!);
      }
    });
    const ascending = (values: number[]) => values.sort((a, b) => a - b);
    ascending(all);
    return {
      p50: percentile(all, 50),
      p95: percentile(all, 95),
      p99: percentile(all, 99),
      share: all.length / Math.max(1, sent * this.opened),
      p95PerRelay: perRelay.map((values) => percentile(ascending(values), 95)),
      closed: collected.reduce((sum, report) => sum + report.closed, 0),
      countSeen: countSeen(collected),
    };
  }

  /** CPU seconds the observer processes have used so far, together. */
  cpuSeconds(): number {
    return this.workers.reduce((sum, { process }) => sum + pidCpuSeconds(process.child.pid), 0);
  }

  stop(): void {
    for (const { process } of this.workers) {
      process.command({ type: 'stop' });
      setTimeout(() => process.child.kill(), 1000).unref();
    }
  }
}
