import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Merges Yjs updates on a worker thread. Compaction merges a room's whole state (its snapshot and up to
 * thousands of logged updates): tens of milliseconds for a small busy room, hundreds for a big board.
 * On the relay's thread that would stall every connection meanwhile; here it runs beside them.
 *
 * The parts travel packed in one transferred buffer (no copy per part), the result comes back the same
 * way. With `collect`, the merged state is also rebuilt as a document and encoded again, which drops
 * the content of deleted items (what `Y.encodeStateAsUpdate` of a garbage-collecting document keeps).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// The relay thread's own merge (merge-updates.ts), compiled by tsx's CommonJS loader: one implementation
// for both threads. Only this loader is loaded, not the whole --import tsx (see start()). Yjs comes
// through the same loader, so the worker holds one copy of it, not two.
const tsx = require(workerData.tsx);
const { mergeAll } = tsx.require(workerData.mergeModule, workerData.mergeModule);
const Y = tsx.require('yjs', workerData.mergeModule);
parentPort.on('message', ({ id, buffer, lengths, collect }) => {
  try {
    const bytes = new Uint8Array(buffer);
    const parts = [];
    let offset = 0;
    for (const length of lengths) {
      parts.push(bytes.subarray(offset, offset + length));
      offset += length;
    }
    let merged = mergeAll(parts);
    if (collect) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, merged);
      merged = Y.encodeStateAsUpdate(doc);
      doc.destroy();
    }
    const result = merged.slice();
    parentPort.postMessage({ id, merged: result }, [result.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;

interface Pending {
  resolve: (merged: Uint8Array) => void;
  reject: (error: Error) => void;
}

export class UpdateMerger {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  merge(parts: readonly Uint8Array[], options: { collect: boolean }): Promise<Uint8Array> {
    const worker = this.worker ?? this.start();
    const lengths = parts.map((part) => part.byteLength);
    const packed = new Uint8Array(lengths.reduce((sum, length) => sum + length, 0));
    let offset = 0;
    for (const part of parts) {
      packed.set(part, offset);
      offset += part.byteLength;
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // A merge in flight keeps the process alive (a shutdown compacting its rooms waits for it).
      worker.ref();
      worker.postMessage({ id, buffer: packed.buffer, lengths, collect: options.collect }, [packed.buffer]);
    });
  }

  /** Stops the worker; merges in flight fail (their compaction keeps the log). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const require = createRequire(import.meta.url);
    // execArgv: [] so the worker does not inherit `--import tsx` (its ESM hooks cost every module load a
    // round trip to the hooks thread); the merge module comes through tsx's CommonJS loader instead.
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      execArgv: [],
      workerData: {
        tsx: require.resolve('tsx/cjs/api'),
        mergeModule: fileURLToPath(new URL('./merge-updates.ts', import.meta.url)),
      },
    });
    worker.unref();
    worker.on('message', (message: { id: number; merged?: Uint8Array; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (message.merged) waiting.resolve(message.merged);
      else waiting.reject(new Error(`merging updates failed: ${message.error ?? 'unknown error'}`));
    });
    const failAll = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the merge worker exited with ${code}`)));
    this.worker = worker;
    return worker;
  }
}

/** One merger for the whole process: merges are rare and short, one thread serves every room. */
export const sharedMerger = new UpdateMerger();
