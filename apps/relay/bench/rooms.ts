import WebSocket from 'ws';
import * as Y from 'yjs';
import { encodeSyncStep1, encodeSyncStep2 } from '../src/sync/protocol';

/**
 * Opens a socket on a room and resolves once the server answered our sync step 1 (sync step 2: the room
 * is loaded and synced). With `push`, first sends that state as a sync step 2 (how a client fills an
 * in-memory server). The socket stays open so the room stays loaded.
 */
export function openRoom(url: string, push?: Uint8Array): Promise<{ socket: WebSocket; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.binaryType = 'nodebuffer';
    socket.once('error', reject);
    socket.once('close', (code) => reject(new Error(`closed with ${code}`)));
    socket.once('open', () => {
      if (push) socket.send(encodeSyncStep2(push));
      socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    });
    socket.on('message', (data: Buffer) => {
      // 0 = sync, 1 = step 2: the answer to our step 1.
      if (data[0] === 0 && data[1] === 1) {
        socket.removeAllListeners('close');
        resolve({ socket, ms: performance.now() - started });
      }
    });
  });
}

export async function inBatches<T>(count: number, concurrency: number, task: (index: number) => Promise<T>) {
  const results: T[] = [];
  for (let start = 0; start < count; start += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, count - start) }, (_, offset) =>
      task(start + offset),
    );
    results.push(...(await Promise.all(batch)));
  }
  return results;
}
