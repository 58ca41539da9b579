import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerProcess } from './processes';

/** What the relay bench's sections share: knobs from the environment, formatting, servers, folders. */

export const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
export const ratio = (ours: number, reference: number) => `${fmt(ours / reference, 2)}×`;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'journeyboard-bench-'));
}

export async function withServer<T>(
  start: () => Promise<ServerProcess>,
  use: (server: ServerProcess) => Promise<T>,
) {
  const server = await start();
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
