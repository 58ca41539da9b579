import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * One of the benchmark's client processes: `clients` official y-websocket providers in one room. Each
 * appends its send time (epoch ms, high resolution: every process shares the machine's clock) to its own
 * array; every other client records when each entry arrives.
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
  | { type: 'done'; latencies: number[]; sent: number; delivered: number };

const now = () => performance.timeOrigin + performance.now();
const send = (report: WorkerReport) => process.send?.(report);

let clients: { doc: Y.Doc; provider: WebsocketProvider; own: string }[] = [];
const latencies: number[] = [];
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
    doc.getMap('entries').observeDeep((events) => {
      const arrived = now();
      for (const event of events) {
        if (!(event.target instanceof Y.Array) || event.path[0] === own) continue;
        for (const change of event.changes.delta) {
          for (const sentAt of (change.insert as number[] | undefined) ?? []) {
            if (sentAt >= window.from && sentAt < window.until) {
              latencies.push(arrived - sentAt);
              delivered++;
            }
          }
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
  for (const { doc, own } of clients) doc.getMap('entries').set(own, new Y.Array<number>());
  send({ type: 'ready' });
}

function start(command: Extract<WorkerCommand, { type: 'start' }>): void {
  window = { from: command.measureFrom, until: command.measureUntil };
  const interval = 1000 / command.updatesPerSecond;
  let sent = 0;
  const timers: NodeJS.Timeout[] = [];
  for (const { doc, own } of clients) {
    const array = doc.getMap<Y.Array<number>>('entries').get(own)!;
    const tick = () => {
      const at = now();
      array.push([at]);
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
      send({ type: 'done', latencies, sent, delivered });
    },
    command.measureUntil - now() + 1500,
  );
}

process.on('message', (command: WorkerCommand) => {
  if (command.type === 'init') void init(command);
  else start(command);
});
