import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * One of the benchmark's client processes: `clients` official y-websocket providers in one room. Each
 * owns a step of the journey (what a participant adds in a workshop, so the relay's judge accepts it) and
 * writes its send time (epoch ms, high resolution: every process shares the machine's clock) into that
 * step's description; every other client records when each value arrives.
 */
export type WorkerCommand =
  | {
      type: 'init';
      serverUrl: string;
      room: string;
      params: Record<string, string>;
      clients: number;
      firstIndex: number;
    }
  | { type: 'start'; updatesPerSecond: number; measureFrom: number; measureUntil: number };

export type WorkerReport =
  | { type: 'ready' }
  | {
      type: 'done';
      latencies: number[];
      sent: number;
      delivered: number;
      /** Per update measured (its send time, as written), when this process's first client had it. */
      firsts: [number, number][];
    };

const now = () => performance.timeOrigin + performance.now();
const send = (report: WorkerReport) => process.send?.(report);

let clients: { doc: Y.Doc; provider: WebsocketProvider; own: string }[] = [];
const latencies: number[] = [];
const firsts = new Map<number, number>();
let delivered = 0;
let window = { from: Number.POSITIVE_INFINITY, until: 0 };

async function init(command: Extract<WorkerCommand, { type: 'init' }>): Promise<void> {
  clients = Array.from({ length: command.clients }, (_, offset) => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(command.serverUrl, command.room, doc, {
      params: command.params,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    const own = `client-${command.firstIndex + offset}`;
    doc.getMap('steps').observeDeep((events) => {
      const arrived = now();
      for (const event of events) {
        if (!(event instanceof Y.YMapEvent) || event.path.length !== 1 || event.path[0] === own) continue;
        if (!event.keysChanged.has('description')) continue;
        const sentAt = Number(event.target.get('description'));
        if (sentAt >= window.from && sentAt < window.until) {
          latencies.push(arrived - sentAt);
          delivered++;
          if (!firsts.has(sentAt)) firsts.set(sentAt, arrived);
        }
      }
    });
    return { doc, provider, own };
  });
  await Promise.all(
    clients.map(
      ({ provider }) =>
        new Promise<void>((resolve) =>
          provider.synced ? resolve() : provider.once('sync', () => resolve()),
        ),
    ),
  );
  for (const { doc, own } of clients) {
    const step = new Y.Map<unknown>();
    step.set('journeyId', 'journey-current');
    step.set('order', 'a0');
    step.set('title', own);
    doc.getMap('steps').set(own, step);
  }
  send({ type: 'ready' });
}

function start(command: Extract<WorkerCommand, { type: 'start' }>): void {
  window = { from: command.measureFrom, until: command.measureUntil };
  const interval = 1000 / command.updatesPerSecond;
  let sent = 0;
  const timers: NodeJS.Timeout[] = [];
  for (const { doc, own } of clients) {
    const step = doc.getMap<Y.Map<unknown>>('steps').get(own)!;
    const tick = () => {
      const at = now();
      step.set('description', String(at));
      if (at >= window.from && at < window.until) sent++;
    };
    timers.push(setTimeout(() => timers.push(setInterval(tick, interval)), Math.random() * interval));
  }
  setTimeout(() => {
    for (const timer of timers) clearInterval(timer);
  }, command.measureUntil - now());
  // Entries sent at the end of the window get a second to arrive.
  setTimeout(
    () => {
      for (const { provider, doc } of clients) {
        provider.destroy();
        doc.destroy();
      }
      send({ type: 'done', latencies, sent, delivered, firsts: [...firsts] });
    },
    command.measureUntil - now() + 1500,
  );
}

process.on('message', (command: WorkerCommand) => {
  if (command.type === 'init') void init(command);
  else start(command);
});

// The bench process is gone (it ended, or gave up on a run): a provider would otherwise reconnect forever.
process.on('disconnect', () => process.exit(0));
