import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import WebSocket from 'ws';

export interface ServerProcess {
  name: string;
  url: string;
  wsUrl: string;
  process: ChildProcess;
  /** Resident memory of the server process, in bytes (from /proc). */
  rss(): number;
  /**
   * A full garbage collection in the server, through its inspector (started with `inspect`), so that a
   * memory reading counts what is held, not what a collection has not come round to freeing yet.
   */
  collectGarbage(): Promise<void>;
  /** The server's own account of its memory (started with `inspect`). */
  memoryUsage(): Promise<NodeJS.MemoryUsage>;
  stop(): Promise<void>;
}

const RELAY_MAIN = resolve(import.meta.dirname, '../src/main.ts');
const REFERENCE = resolve(import.meta.dirname, 'reference-server.ts');

/**
 * BENCH_PROFILE_DIR=<dir> runs the servers with `--cpu-prof` into that folder (one .cpuprofile per server
 * process and thread, written when it stops, in a subfolder `relay-<n>` or `reference-<n>`), to see where
 * a section spends the servers' time.
 */
let profiled = 0;
function profileArgs(name: string): string[] {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (!dir) return [];
  const prefix = name === 'journeyboard relay' ? 'relay' : 'reference';
  return ['--cpu-prof', `--cpu-prof-dir=${dir}/${prefix}-${++profiled}`];
}

/** Runs one inspector command (Chrome DevTools protocol) against `url` and waits for its answer. */
function inspectorCall(url: string | null, method: string, params: object = {}): Promise<unknown> {
  if (!url) return Promise.reject(new Error('the server was not started with its inspector'));
  return new Promise((done, fail) => {
    const socket = new WebSocket(url);
    socket.once('error', fail);
    socket.once('open', () => socket.send(JSON.stringify({ id: 1, method, params })));
    socket.on('message', (data: Buffer) => {
      const answer = JSON.parse(data.toString()) as { id?: number; result?: unknown };
      if (answer.id !== 1) return;
      socket.close();
      done(answer.result);
    });
  });
}

/** What the server's `process.memoryUsage()` says, through its inspector. */
async function inspectedMemory(url: string | null): Promise<NodeJS.MemoryUsage> {
  const result = (await inspectorCall(url, 'Runtime.evaluate', {
    expression: 'JSON.stringify(process.memoryUsage())',
    returnByValue: true,
  })) as { result: { value: string } };
  return JSON.parse(result.result.value) as NodeJS.MemoryUsage;
}

function spawnServer(
  name: string,
  script: string,
  env: Record<string, string>,
  options: { inspect?: boolean } = {},
): Promise<ServerProcess> {
  const inspect = options.inspect ? ['--inspect=127.0.0.1:0'] : [];
  const child = spawn(process.execPath, [...profileArgs(name), ...inspect, '--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolveServer, reject) => {
    const timer = setTimeout(() => {
      // Not left running behind a failed bench section.
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
      if (!match?.[1]) return;
      const inspector = options.inspect
        ? (/Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1] ?? null)
        : null;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      const url = match[1];
      resolveServer({
        name,
        url,
        wsUrl: url.replace('http', 'ws'),
        process: child,
        rss() {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
          return kb * 1024;
        },
        collectGarbage: async () => {
          await inspectorCall(inspector, 'HeapProfiler.collectGarbage');
        },
        memoryUsage: () => inspectedMemory(inspector),
        stop() {
          if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
          const exited = new Promise<void>((done) => child.once('exit', () => done()));
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
}

/** Our relay as production runs it (`src/main.ts`), storing every update in SQLite in `dataDir`. */
export function startRelayProcess(
  dataDir: string,
  env: Record<string, string> = {},
  options: { inspect?: boolean } = {},
): Promise<ServerProcess> {
  return spawnServer(
    'journeyboard relay',
    RELAY_MAIN,
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
      DEMO_BOARD: 'false',
      // Every benchmark client is on this machine: the memory run alone holds BENCH_ROOMS (1000) sockets.
      MAX_CONNECTIONS_PER_ADDRESS: '1000000',
      // As `npm start` and the systemd unit run it (apps/relay/src/start.ts).
      MALLOC_MMAP_THRESHOLD_: '65536',
      // Node options for our relay only (e.g. V8 flags to compare), never for the reference or the clients.
      ...(process.env.BENCH_RELAY_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_RELAY_NODE_OPTIONS } : {}),
      ...env,
    },
    options,
  );
}

export function startReferenceProcess(options: { inspect?: boolean } = {}): Promise<ServerProcess> {
  return spawnServer('@y/websocket-server 0.1.1', REFERENCE, {}, options);
}

/** CPU time (user + system, seconds) a process has used so far, from /proc (0 once it is gone). */
export function pidCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0;
  }
  const fields = stat.split(') ')[1]!.split(' ');
  // Fields after the command: state is [0]; utime is field 14 of the whole line ([11] here), stime [12].
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / 100;
}

/** CPU time (user + system, seconds) the server process has used so far. */
export function cpuSeconds(server: ServerProcess): number {
  return pidCpuSeconds(server.process.pid);
}
