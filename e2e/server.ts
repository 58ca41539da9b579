import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..');

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the real relay (which serves the built web client) on a free port with a fresh data folder.
 * The relay announces itself with a line containing "listening on http://HOST:PORT".
 */
export async function startServer(options: { env?: Record<string, string>; dataDir?: string } = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'journeyboard-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'apps/relay/src/main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_FORMAT: 'json',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      DEMO_BOARD: 'false',
      // The suite creates a board or more per test from one address: well past the default 60 an hour.
      BOARD_CREATIONS_PER_HOUR: '100000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`relay did not start within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    // The relay's own log, for a failure to be read afterwards: E2E_RELAY_LOG=/path (LOG_LEVEL sets how much).
    if (process.env.E2E_RELAY_LOG) {
      const file = process.env.E2E_RELAY_LOG;
      child.stdout?.on('data', (c: Buffer) => appendFileSync(file, c));
      child.stderr?.on('data', (c: Buffer) => appendFileSync(file, c));
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited with ${code} before listening:\n${output}`));
    });
  });
  const server: RunningServer = {
    url,
    dataDir,
    process: child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill(signal);
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}
