import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startChildRelay } from './test-support/child-relay';
import { startTestRelay } from './test-support/relay-fixture';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'journeyboard-server-'));
  dirs.push(dir);
  return dir;
}

describe('first start', () => {
  it('creates a demo board from the onboarding template once, and prints its three links', async () => {
    const dir = dataDir();
    const relay = await startChildRelay(dir, { DEMO_BOARD: 'true' });
    try {
      const output = relay.output();
      // The links are fields of their own in the JSON log (no "\n" inside a message).
      await expect.poll(() => relay.output()).toContain('demo board created');
      const entry = JSON.parse(
        relay
          .output()
          .split('\n')
          .find((line) => line.includes('demo board created'))!,
      ) as Record<string, string>;
      expect(entry.msg).not.toContain('\n');
      for (const role of ['facilitator', 'participant', 'observer']) {
        expect(entry[`${role}Link`]).toMatch(/^http:\/\/.*#key=/);
      }
      const link = new URL(entry.facilitatorLink!);
      const id = link.pathname.split('/')[2]!;
      const key = link.hash.replace('#key=', '');
      const response = await fetch(`${relay.url}/api/boards/${id}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(await response.json()).toMatchObject({ role: 'facilitator' });
      const exported = await fetch(`${relay.url}/api/boards/${id}/export.json`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(((await exported.json()) as { meta: { templateId: string } }).meta.templateId).toBe(
        'onboarding',
      );
      expect(output).toContain(`listening on ${relay.url}`);
    } finally {
      await relay.kill('SIGTERM');
    }
    const second = await startChildRelay(dir, { DEMO_BOARD: 'true' });
    try {
      expect(second.output()).not.toContain('demo board created');
    } finally {
      await second.kill('SIGTERM');
    }
    // SIGTERM is a graceful stop: the process flushes and exits 0.
    expect(second.process.exitCode).toBe(0);
  }, 90_000);

  it('creates no demo board when DEMO_BOARD=false', async () => {
    const dir = dataDir();
    const relay = await startTestRelay({ DEMO_BOARD: 'false' }, { dataDir: dir });
    expect(await relay.store.isEmpty()).toBe(true);
    await relay.close();
  });
});

describe('configuration errors', () => {
  it('stop the process with one clear line per bad value', async () => {
    await expect(startChildRelay(dataDir(), { PORT: 'eighty', DURABILITY: 'maybe' })).rejects.toThrow(
      /exited with 1:\ninvalid configuration:\n {2}- PORT="eighty": expected an integer from 0 to 65535\n {2}- DURABILITY="maybe"/,
    );
  });
});

describe('logging', () => {
  it('never writes board keys to the logs', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
    const dir = dataDir();
    const { loadConfig } = await import('./config');
    const { startRelay } = await import('./server');
    const relay = await startRelay(loadConfig({ PORT: '0', DATA_DIR: dir, DEMO_BOARD: 'false' }), {
      logger,
      webDistDir: join(dir, 'none'),
    });
    try {
      const created = await fetch(`${relay.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Secret' }),
      });
      const body = (await created.json()) as { id: string; links: Record<string, string> };
      const key = new URL(body.links.participant!).hash.slice('#key='.length);
      await fetch(`${relay.url}/api/boards/${body.id}`, { headers: { authorization: `Bearer ${key}` } });
      await fetch(`${relay.url}/api/boards/${body.id}`, { headers: { authorization: `Bearer ${key}x` } });
      const { rawSocket, closed } = await import('./test-support/relay-fixture');
      const socket = await rawSocket(
        `${relay.url.replace('http', 'ws')}/sync/${body.id}/content?key=${key}x`,
      );
      await closed(socket);
      expect(lines.length).toBeGreaterThan(3);
      expect(lines.join('\n')).not.toContain(key);
    } finally {
      await relay.close();
    }
  });
});
