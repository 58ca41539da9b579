import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { MERGE_SHAPE } from './merge-updates';

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
const Y = require(workerData.yjs);
// The same shape as mergeAll in merge-updates.ts (see there why); shape comes in workerData.
const { group, fanIn, largePart } = workerData.shape;
const mergeAll = (parts) => {
  if (parts.length === 1) return parts[0];
  if (parts.length <= group) return Y.mergeUpdates(parts);
  const runs = [];
  let run = [];
  for (const part of parts) {
    if (part.byteLength >= largePart) {
      if (run.length > 0) runs.push(run);
      run = [];
      runs.push([part]);
      continue;
    }
    run.push(part);
    if (run.length === group) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  if (runs.length === parts.length) {
    runs.length = 0;
    for (let start = 0; start < parts.length; start += group) runs.push(parts.slice(start, start + group));
  }
  const next = runs.map((r) => (r.length === 1 ? r[0] : Y.mergeUpdates(r)));
  if (next.length <= fanIn) return next.length === 1 ? next[0] : Y.mergeUpdates(next);
  return mergeAll(next);
};
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
    const yjs = createRequire(import.meta.url).resolve('yjs');
    // execArgv: [] so the worker does not inherit `--import tsx` (its source is plain CommonJS).
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      execArgv: [],
      workerData: { yjs, shape: MERGE_SHAPE },
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
