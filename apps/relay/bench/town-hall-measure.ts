import { loadavg } from 'node:os';
import { type AuthorityFigures, authorityFigures, expectAuthority } from './authority-probe';
import { type LatencyResult, measureLatency } from './latency';
import { cpuSeconds, type ServerProcess } from './processes';
import { ObserverCrowd, planObservers } from './town-hall-observers';

/**
 * The town hall's measurement, on one relay (town-hall.ts) or several sharing PostgreSQL and Redis
 * (town-hall-cluster.ts): one board, `writers` y-websocket writers (latency-worker.ts) at `rate` updates/s
 * each and `observers` raw y-protocols observers (town-hall-observer.ts) over loopback. Measured twice:
 * the writers alone, then with every observer connected: the writers' own delivery in both, the
 * observers' delivery, and each relay's RSS and CPU. Before measuring, every relay must refuse a
 * forbidden update (server authority on, authority-probe.ts); after, each relay's judged updates are read
 * from its counters. With several relays the writers' processes and the
 * observers' shares go to the relays in turn. Bounded: the observers are opened once, each phase measures
 * `seconds`, and the measurement is abandoned after `limitMs`.
 */
export interface TownHallOptions {
  writers: number;
  /** Processes the writers are spread over (one relay each, in turn). */
  writerProcesses: number;
  observers: number;
  /** Processes the observers are spread over: rounded up to a multiple of the relays. */
  observerProcesses: number;
  /**
   * The observer processes' scheduling niceness (0–19). On this machine the 990 simulated observers
   * share the two cores with the relay and the writers; in a real town hall they are 990 other
   * computers. A positive niceness lets them take only the CPU the relay and the writers leave;
   * `'idle'` runs them under Linux's SCHED_IDLE policy (`chrt --idle 0`): CPU nothing else wants.
   */
  observerNice: number | 'idle';
  rate: number;
  seconds: number;
  limitMs: number;
}

/** What the measurement runs against: the relays (already started) and the board they serve. */
export interface TownHallTarget {
  relays: readonly ServerProcess[];
  boardId: string;
  participantKey: string;
  observerKey: string;
  /** Redis's CPU seconds so far (INFO cpu), when the relays share one. */
  redisCpuSeconds?: () => Promise<number>;
}

export interface RelayFigures {
  rssIdle: number;
  rssAlone: number;
  rssCrowded: number;
  /** CPU seconds the relay used from before the writers started until the observers were collected. */
  cpuSeconds: number;
  observersOpened: number;
}

export interface TownHallResult {
  alone: LatencyResult;
  crowded: LatencyResult;
  observerP50: number;
  observerP95: number;
  observerP99: number;
  /** The observers' p95 on each relay. */
  observerP95PerRelay: number[];
  /** Share of the writers' updates (sent in the window) × observers that reached an observer. */
  observerShare: number;
  observersOpened: number;
  /** Observers that could not open (closed or failed before the relay's first sync answer). */
  observersFailed: number;
  observersClosed: number;
  /** The board's observer count the observers saw last (lowest, highest): every relay's, summed. */
  observerCountSeen: { lowest: number; highest: number } | null;
  relays: RelayFigures[];
  /** CPU seconds of the observer processes, from their start until collected (the client side's cost). */
  observersCpuSeconds: number;
  /** Redis's CPU seconds over the same span as the relays'; null without Redis. */
  redisCpuSeconds: number | null;
  /** Each relay's judged updates, after it refused the authority probe (authority-probe.ts). */
  authority: AuthorityFigures;
  elapsedMs: number;
  loadBefore: number[];
  loadAfter: number[];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function measure(
  target: TownHallTarget,
  options: TownHallOptions,
  crowd: ObserverCrowd,
): Promise<Omit<TownHallResult, 'elapsedMs' | 'loadBefore' | 'loadAfter'>> {
  const { relays } = target;
  const load = {
    serverUrl: `${relays[0]!.wsUrl}/sync`,
    serverUrls: relays.map((relay) => `${relay.wsUrl}/sync`),
    room: `${target.boardId}/content`,
    params: { key: target.participantKey },
    clients: options.writers,
    processes: options.writerProcesses,
    updatesPerSecond: options.rate,
    warmupMs: 2000,
    durationMs: options.seconds * 1000,
  };
  const roomUrls = (key: string) =>
    relays.map((relay) => `${relay.wsUrl}/sync/${target.boardId}/content?key=${key}`);
  await expectAuthority(roomUrls(target.participantKey));
  const rssIdle = relays.map((relay) => relay.rss());
  const cpuBefore = relays.map((relay) => cpuSeconds(relay));
  const redisBefore = (await target.redisCpuSeconds?.()) ?? null;
  const alone = await measureLatency(load);
  const rssAlone = relays.map((relay) => relay.rss());

  await crowd.open(
    roomUrls(target.observerKey),
    planObservers(options.observers, relays.length, options.observerProcesses),
  );
  await sleep(500);
  const crowded = await measureLatency(load);
  const rssCrowded = relays.map((relay) => relay.rss());
  const delivery = await crowd.collect(crowded.window, crowded.sentPerSecond * options.seconds);
  const observersCpuSeconds = crowd.cpuSeconds();
  const redisAfter = (await target.redisCpuSeconds?.()) ?? null;
  return {
    alone,
    crowded,
    observerP50: delivery.p50,
    observerP95: delivery.p95,
    observerP99: delivery.p99,
    observerP95PerRelay: delivery.p95PerRelay,
    observerShare: delivery.share,
    observersOpened: crowd.opened,
    observersFailed: crowd.failed,
    observersClosed: delivery.closed,
    observerCountSeen: delivery.countSeen,
    relays: relays.map((relay, index) => ({
      rssIdle: rssIdle[index]!,
      rssAlone: rssAlone[index]!,
      rssCrowded: rssCrowded[index]!,
      cpuSeconds: cpuSeconds(relay) - cpuBefore[index]!,
      observersOpened: crowd.openedPerRelay[index] ?? 0,
    })),
    observersCpuSeconds,
    redisCpuSeconds: redisBefore === null || redisAfter === null ? null : redisAfter - redisBefore,
    authority: await authorityFigures(relays.map((relay) => relay.url)),
  };
}

/**
 * Runs the town hall against `target`; `started` (performance.now()) and `loadBefore` are taken by the
 * caller before it starts its servers, so the elapsed time includes them. The observer processes are
 * stopped whatever happens; the caller stops its servers.
 */
export async function measureTownHall(
  target: TownHallTarget,
  options: TownHallOptions,
  started: number,
  loadBefore: number[],
): Promise<TownHallResult> {
  const crowd = new ObserverCrowd(options.observerNice);
  let abandon: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    abandon = setTimeout(
      () => reject(new Error(`town hall over its ${options.limitMs} ms limit`)),
      options.limitMs,
    );
  });
  try {
    const result = await Promise.race([measure(target, options, crowd), limit]);
    return { ...result, elapsedMs: performance.now() - started, loadBefore, loadAfter: loadavg() };
  } finally {
    clearTimeout(abandon);
    crowd.stop();
  }
}
