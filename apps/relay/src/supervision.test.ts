import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CloseCode } from '@journeyboard/journey';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { FATAL_EXIT_CODE } from './fatal';
import { type ChildRelay, startChildRelay } from './test-support/child-relay';
import { presenceText } from './test-support/frames';
import { closed, createBoard, keyOf, rawSocket } from './test-support/relay-fixture';

const REPO = resolve(import.meta.dirname, '../../..');
const UNIT = join(REPO, 'deploy/journeyboard.service');

/** `Key=value` lines of a systemd unit, by section; repeated keys keep every value. */
function readUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const line of text.split('\n').map((raw) => raw.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header?.[1]) {
      current = new Map();
      sections.set(header[1], current);
      continue;
    }
    const match = /^(\w+)=(.*)$/.exec(line);
    if (!match?.[1] || !current) throw new Error(`not a unit line: ${line}`);
    current.set(match[1], [...(current.get(match[1]) ?? []), match[2] ?? '']);
  }
  return sections;
}

const dirs: string[] = [];
const children: ChildRelay[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) await child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function child(env: Record<string, string> = {}): Promise<ChildRelay> {
  const dir = mkdtempSync(join(tmpdir(), 'journeyboard-supervision-'));
  dirs.push(dir);
  const relay = await startChildRelay(dir, env);
  children.push(relay);
  return relay;
}

function exited(relay: ChildRelay): Promise<{ code: number | null; signal: string | null }> {
  const { process: proc } = relay;
  if (proc.exitCode !== null || proc.signalCode !== null) {
    return Promise.resolve({ code: proc.exitCode, signal: proc.signalCode });
  }
  return new Promise((done) => proc.once('exit', (code, signal) => done({ code, signal })));
}

describe('keeping the relay running', () => {
  it('the systemd unit in deploy/ restarts the relay after a failure, not after a clean stop', () => {
    const unit = readUnit(readFileSync(UNIT, 'utf8'));
    const service = unit.get('Service')!;
    expect(service.get('Restart')).toEqual(['on-failure']);
    expect(service.get('KillSignal')).toEqual(['SIGTERM']);
    expect(unit.get('Install')?.get('WantedBy')).toEqual(['multi-user.target']);
    // It runs this repository's entry point, as the process contract describes.
    const exec = service.get('ExecStart')?.[0] ?? '';
    expect(exec).toMatch(/^\/\S+\/node --import tsx apps\/relay\/src\/main\.ts$/);
    expect(existsSync(join(REPO, 'apps/relay/src/main.ts'))).toBe(true);
    // Its settings are ones the relay knows and accepts, besides the allocator's (as `npm start` sets it).
    const all = Object.fromEntries(
      (service.get('Environment') ?? []).map((pair) => pair.split('=', 2) as [string, string]),
    );
    const { MALLOC_MMAP_THRESHOLD_: threshold, ...env } = all;
    expect(threshold).toBe('65536');
    const config = loadConfig(env) as unknown as Record<string, unknown>;
    for (const key of Object.keys(env)) expect(config).toHaveProperty(key);
  });

  it('an error nothing handles makes the relay log it as fatal and exit non-zero, so it is restarted', async () => {
    const fault = pathToFileURL(join(import.meta.dirname, 'test-support/fatal-fault.mjs')).href;
    const relay = await child({ NODE_OPTIONS: `--import=${fault}` });
    const exit = exited(relay);
    relay.process.kill('SIGUSR2');
    expect(await exit).toEqual({ code: FATAL_EXIT_CODE, signal: null });
    expect(relay.output()).toMatch(/"level":60.*fault injected by the test/);
  });

  it('a clean stop (SIGTERM) exits 0, which Restart=on-failure leaves stopped', async () => {
    const relay = await child();
    const exit = exited(relay);
    relay.process.kill('SIGTERM');
    expect(await exit).toEqual({ code: 0, signal: null });
  });

  it('the presence that used to stop the process closes only its socket', async () => {
    const relay = await child();
    const board = await createBoard(relay);
    const url = `${relay.url.replace('http', 'ws')}/sync/${board.id}/content?key=${keyOf(board.links.observer)}`;
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    for (const [json, code] of [
      [deep, CloseCode.messageTooBig],
      [JSON.stringify({ pad: 'x'.repeat(900_000) }), CloseCode.messageTooBig],
      [`{"user":${'['.repeat(1000)}${']'.repeat(1000)}}`, CloseCode.invalidPayload],
    ] as const) {
      const socket = await rawSocket(url);
      const done = closed(socket);
      socket.send(presenceText(7, 1, json));
      expect((await done).code).toBe(code);
    }
    expect(relay.process.exitCode).toBeNull();
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
  });
});
