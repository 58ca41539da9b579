import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportJobResult } from './import-job';

/**
 * Runs `importFromJson` on a worker thread of its own, one per import: the body's bytes go over by
 * transfer (no copy), the encoded document comes back the same way, and everything the import built
 * is freed with the thread. Loaded like the merge worker (update-merger.ts): tsx's CommonJS loader only.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const tsx = require(workerData.tsx);
const { importFromJson } = tsx.require(workerData.jobModule, workerData.jobModule);
const result = importFromJson(new Uint8Array(workerData.body), workerData.withFiles);
parentPort.postMessage(result, result.ok ? [result.update.buffer] : []);
`;

/** Imports running at once; more are refused (each holds its body and its document in memory). */
export const MAX_CONCURRENT_IMPORTS = 2;
let running = 0;

export class ImportsBusyError extends Error {
  constructor() {
    super(`${MAX_CONCURRENT_IMPORTS} imports are already running`);
  }
}

export function runImport(body: Uint8Array, withFiles = false): Promise<ImportJobResult> {
  if (running >= MAX_CONCURRENT_IMPORTS) return Promise.reject(new ImportsBusyError());
  // Our own copy of the bytes, so the transfer cannot detach a buffer someone else holds (a small
  // Buffer is a view into Node's shared pool, and Buffer#slice would not copy it).
  const owned = new Uint8Array(body);
  const require = createRequire(import.meta.url);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    execArgv: [],
    workerData: {
      tsx: require.resolve('tsx/cjs/api'),
      jobModule: fileURLToPath(new URL('./import-job.ts', import.meta.url)),
      body: owned.buffer,
      withFiles,
    },
    transferList: [owned.buffer],
  });
  running++;
  return new Promise<ImportJobResult>((resolve, reject) => {
    worker.once('message', (result: ImportJobResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the import worker exited with ${code}`)));
  }).finally(() => {
    running--;
    void worker.terminate();
  });
}
