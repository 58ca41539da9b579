import WebSocket from 'ws';
import * as Y from 'yjs';
import { encodeAwarenessEntries, encodeAwarenessMessage, encodeSyncStep1 } from '../src/sync/protocol';
import { observerCountIn, sendTimesIn } from './town-hall-frames';

/**
 * One of the town-hall bench's observer processes: `count` raw sockets speaking y-protocols (sync step 1,
 * one awareness state, then reading), far lighter than as many y-websocket providers, which would each
 * hold a Y.Doc. An observer does not decode updates: the writers (latency-worker.ts) write their send time
 * (epoch ms, as text) into a step's description, and a Yjs update carries that string as is (any-content
 * tag 119, its length, its UTF-8 bytes), so the observer finds it in the frame's bytes. It does read the
 * board's observer count the relay publishes (`{ observers: N }`, every relay's observers summed), to
 * check that each socket ends up seeing every observer of the board, whichever relay it is on. (What it
 * reads in frames is town-hall-frames.ts: this file, once imported, takes its process's messages.)
 */
export type ObserverCommand =
  | { type: 'init'; url: string; count: number; firstIndex: number }
  | { type: 'collect' }
  | { type: 'stop' };

export type ObserverReport =
  | { type: 'ready'; opened: number; failed: number }
  /**
   * `samples`: pairs of send time and delivery latency (ms), flattened. `counts`: the lowest and highest
   * observer count the open sockets saw last (null if none saw one).
   */
  | {
      type: 'collected';
      samples: number[];
      closed: number;
      closeCodes: number[];
      counts: { lowest: number; highest: number } | null;
    };

const now = () => performance.timeOrigin + performance.now();
const send = (report: ObserverReport) => process.send?.(report);
const sockets: WebSocket[] = [];
const samples: number[] = [];
const closeCodes: number[] = [];
const lastCount = new Map<WebSocket, number>();

function lastCounts(): { lowest: number; highest: number } | null {
  const open = sockets.filter((socket) => socket.readyState === WebSocket.OPEN && lastCount.has(socket));
  if (open.length === 0) return null;
  const counts = open.map((socket) => lastCount.get(socket)!);
  return { lowest: Math.min(...counts), highest: Math.max(...counts) };
}

function open(url: string, index: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.binaryType = 'nodebuffer';
    let synced = false;
    socket.once('error', () => resolve(false));
    socket.once('close', (code) => {
      closeCodes.push(code);
      if (!synced) resolve(false);
    });
    socket.once('open', () => {
      socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
      const clientId = 1_000_000 + index;
      const state = {
        user: { id: `observer-${index}`, name: `Observer ${index}`, color: '#0369a1', role: 'observer' },
      };
      socket.send(encodeAwarenessMessage(encodeAwarenessEntries([{ clientId, clock: 1, state }])));
    });
    socket.on('message', (data: Buffer) => {
      const arrived = now();
      if (data[0] === 1) {
        const count = observerCountIn(data);
        if (count !== null) lastCount.set(socket, count);
        return;
      }
      if (data[0] !== 0) return;
      if (data[1] === 1 && !synced) {
        synced = true;
        sockets.push(socket);
        resolve(true);
      } else if (data[1] === 2) {
        for (const sentAt of sendTimesIn(data, arrived - 60_000, arrived + 1))
          samples.push(sentAt, arrived - sentAt);
      }
    });
  });
}

async function init(command: Extract<ObserverCommand, { type: 'init' }>): Promise<void> {
  let opened = 0;
  let failed = 0;
  for (let start = 0; start < command.count; start += 50) {
    const batch = Array.from({ length: Math.min(50, command.count - start) }, (_, offset) =>
      open(command.url, command.firstIndex + start + offset),
    );
    for (const ok of await Promise.all(batch)) ok ? opened++ : failed++;
  }
  send({ type: 'ready', opened, failed });
}

process.on('message', (command: ObserverCommand) => {
  if (command.type === 'init') void init(command);
  else if (command.type === 'collect') {
    const closed = sockets.filter((socket) => socket.readyState !== WebSocket.OPEN).length;
    send({ type: 'collected', samples, closed, closeCodes, counts: lastCounts() });
  } else {
    for (const socket of sockets) socket.terminate();
    process.exit(0);
  }
});

// The bench process is gone (it ended, or gave up on a run): nothing will ask this process to stop.
process.on('disconnect', () => process.exit(0));
