import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ServerProcess {
  name: string;
  url: string;
  wsUrl: string;
  process: ChildProcess;
  /** Resident memory of the server process, in bytes (from /proc). */
  rss(): number;
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

function spawnServer(name: string, script: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...profileArgs(name), '--import', 'tsx', script], {
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
export function startRelayProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return spawnServer('journeyboard relay', RELAY_MAIN, {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'warn',
    DEMO_BOARD: 'false',
    // Every benchmark client is on this machine: the memory run alone holds BENCH_ROOMS (1000) sockets.
    MAX_CONNECTIONS_PER_ADDRESS: '1000000',
    ...env,
  });
}

export function startReferenceProcess(): Promise<ServerProcess> {
  return spawnServer('@y/websocket-server 0.1.1', REFERENCE, {});
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
