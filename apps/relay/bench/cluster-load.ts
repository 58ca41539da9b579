import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * The benchmark's load: `clients` official y-websocket clients in one room, spread round-robin over the
 * given relays, each sending `ratePerSecond` small updates. Every update carries its send time; every
 * other client records how long it took to arrive (all clients live in this process, one clock).
 */
export interface LoadOptions {
  wsUrls: readonly string[];
  boardId: string;
  key: string;
  clients: number;
  ratePerSecond: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  sent: number;
  delivered: number;
  /** Deliveries expected: every update sent during the measured window reaching every other client. */
  expected: number;
  latenciesMs: number[];
  seconds: number;
}

const now = () => performance.timeOrigin + performance.now();

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  // Each y-websocket provider listens for the process' exit.
  process.setMaxListeners(Math.max(process.getMaxListeners(), options.clients + 20));
  const clients = Array.from({ length: options.clients }, (_, index) => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(
      `${options.wsUrls[index % options.wsUrls.length]}/sync`,
      `${options.boardId}/content`,
      doc,
      {
        params: { key: options.key },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      },
    );
    return { doc, provider, index };
  });
  const deadline = Date.now() + 30_000;
  while (!clients.every((client) => client.provider.synced)) {
    if (Date.now() > deadline) throw new Error('clients did not sync within 30 s');
    await sleep(20);
  }

  let measuring = false;
  // Nothing counts until the measured window opens.
  let windowStart = Number.POSITIVE_INFINITY;
  let windowEnd = Number.POSITIVE_INFINITY;
  let sent = 0;
  let delivered = 0;
  const latenciesMs: number[] = [];
  for (const client of clients) {
    for (const other of clients) {
      if (other === client) continue;
      client.doc.getMap<number>(`c${other.index}`).observe((event) => {
        if (event.transaction.local) return;
        const stamp = event.target.get('t');
        if (typeof stamp !== 'number' || stamp < windowStart || stamp > windowEnd) return;
        delivered++;
        latenciesMs.push(now() - stamp);
      });
    }
  }

  const interval = 1000 / options.ratePerSecond;
  const timers = clients.map((client) => {
    // Spread the clients' ticks over the interval instead of sending in lockstep.
    const offset = (client.index * interval) / clients.length;
    let timer: NodeJS.Timeout | undefined;
    const start = setTimeout(() => {
      timer = setInterval(() => {
        const stamp = now();
        client.doc.getMap<number>(`c${client.index}`).set('t', stamp);
        if (measuring) sent++;
      }, interval);
    }, offset);
    return () => {
      clearTimeout(start);
      if (timer) clearInterval(timer);
    };
  });

  await sleep(options.warmupMs);
  windowStart = now();
  measuring = true;
  await sleep(options.durationMs);
  measuring = false;
  windowEnd = now();
  for (const stop of timers) stop();
  // Let the last updates of the window arrive: wait until nothing new came for a second (at most 15 s).
  const drainUntil = Date.now() + 15_000;
  for (let before = -1; before !== delivered && Date.now() < drainUntil; ) {
    before = delivered;
    await sleep(1000);
  }
  for (const client of clients) {
    client.provider.destroy();
    client.doc.destroy();
  }
  latenciesMs.sort((a, b) => a - b);
  return {
    sent,
    delivered,
    expected: sent * (options.clients - 1),
    latenciesMs,
    seconds: (windowEnd - windowStart) / 1000,
  };
}
