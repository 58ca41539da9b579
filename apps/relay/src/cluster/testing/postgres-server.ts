import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { freePort, waitFor } from './free-port';

/**
 * A throwaway PostgreSQL for tests and benchmarks: `initdb` + `pg_ctl` in a temporary folder on a free
 * port, TCP only, trust authentication. PostgreSQL refuses to run as root, so when we are root (CI, this
 * machine) its binaries run as the `postgres` user (or `nobody`) that owns the temporary folder.
 */
export interface PostgresServer {
  readonly port: number;
  /** Connection URL of the `postgres` database. */
  readonly url: string;
  /** Creates a fresh database and returns its URL (one per test keeps tests independent). */
  createDatabase(name: string): Promise<string>;
  /** Stops the server immediately (like a crash), keeping its data. */
  kill(): Promise<void>;
  /** Starts the server again on the same port with the same data. */
  restart(): Promise<void>;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

interface Identity {
  uid: number;
  gid: number;
}

function versionOf(dir: string): number {
  return Number.parseFloat(dir) || 0;
}

/** Directory holding `initdb` and `pg_ctl`: `PG_BIN`, then the newest Debian install, then `PATH`. */
export function findPostgresBin(): string {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot).sort((a, b) => versionOf(b) - versionOf(a));
    for (const version of versions) candidates.push(join(debianRoot, version, 'bin'));
  }
  candidates.push(...(process.env.PATH ?? '').split(delimiter).filter(Boolean));
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error(
      'PostgreSQL binaries (initdb, pg_ctl) not found: install Debian `postgresql` (.ci/run does) or set PG_BIN',
    );
  }
  return found;
}

function unprivilegedIdentity(): Identity | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const user of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
      if (uid > 0) return { uid, gid };
    } catch {
      // Try the next candidate user.
    }
  }
  throw new Error('running as root but neither a `postgres` nor a `nobody` user exists to run PostgreSQL');
}

function run(bin: string, args: string[], identity: Identity | undefined, dir: string): void {
  const result = spawnSync(bin, args, {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, LC_ALL: 'C', LANG: 'C', HOME: dir },
    ...(identity ? { uid: identity.uid, gid: identity.gid } : {}),
  });
  if (result.status !== 0) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    throw new Error(
      `${bin} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr}${result.error ?? ''}\n${log}`,
    );
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const identity = unprivilegedIdentity();
  const dir = mkdtempSync(join(tmpdir(), 'jb-pg-'));
  if (identity) chownSync(dir, identity.uid, identity.gid);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;

  run(
    join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'],
    identity,
    dir,
  );

  // Tests crash relays, not the database, so the server may skip fsync; sockets are TCP only.
  const serverOptions = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    "-c unix_socket_directories=''",
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c max_connections=300',
    '-c shared_buffers=32MB',
  ].join(' ');
  const pgCtl = join(bin, 'pg_ctl');
  const start = async () => {
    run(
      pgCtl,
      ['start', '-w', '-t', '30', '-D', dataDir, '-l', join(dir, 'server.log'), '-o', serverOptions],
      identity,
      dir,
    );
    await waitFor(
      async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.end();
      },
      15_000,
      'PostgreSQL to accept connections',
    );
  };
  const stopServer = (mode: 'fast' | 'immediate') => {
    if (!existsSync(join(dataDir, 'postmaster.pid'))) return;
    run(pgCtl, ['stop', '-w', '-t', '30', '-D', dataDir, '-m', mode], identity, dir);
  };
  // A test run that dies before its afterAll must not leave a server behind.
  const onExit = () => {
    try {
      stopServer('immediate');
    } catch {
      // Best effort at exit.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  await start();

  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
    async kill() {
      stopServer('immediate');
    },
    async restart() {
      await start();
    },
    async stop() {
      process.removeListener('exit', onExit);
      stopServer('fast');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
