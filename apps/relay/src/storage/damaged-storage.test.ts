import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloseCode } from '@journeyboard/journey';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { type Relay, startRelay } from '../server';
import { updateSetting } from '../test-support/frames';
import {
  type CreatedBoard,
  closed,
  connect,
  createBoard,
  keyOf,
  rawSocket,
  startTestRelay,
  synced,
} from '../test-support/relay-fixture';
import { SqliteStore } from './sqlite-store';

const MARKER = 'damaged-room-marker;';

/**
 * Overwrites every page of the file that holds nothing but the marker (the overflow pages of one big
 * row), so that row, and only it, cannot be read. Returns how many pages were damaged.
 */
function damagePagesOf(file: string): number {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const needle = Buffer.from(MARKER);
  let damaged = 0;
  for (let page = 1; page * pageSize < bytes.length; page++) {
    const body = bytes.subarray(page * pageSize + 4, page * pageSize + 4 + 2 * needle.length);
    if (!body.includes(needle)) continue;
    bytes.fill(0xff, page * pageSize, (page + 1) * pageSize);
    damaged++;
  }
  writeFileSync(file, bytes);
  return damaged;
}

describe('a damaged SQLite database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'journeyboard-damaged-'));
  const file = join(dataDir, 'journeyboard.sqlite');
  const logs: string[] = [];
  let damagedBoard: CreatedBoard;
  let healthyBoard: CreatedBoard;
  let relay: Relay;

  beforeAll(async () => {
    const first = await startTestRelay({}, { dataDir });
    damagedBoard = await createBoard(first);
    healthyBoard = await createBoard(first);
    await first.close();
    // A big row for one room only (its blob spans overflow pages), then its pages are damaged.
    const store = new SqliteStore({ file, durability: 'process' });
    await store.appendUpdate(`${damagedBoard.id}/content`, updateSetting('pad', MARKER.repeat(2000)));
    await store.close();
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(damagePagesOf(file)).toBeGreaterThan(0);

    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_BOARD: 'false' });
    const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(line) });
    relay = await startRelay(config, { logger, webDistDir: join(dataDir, 'no-web-build') });
  });

  afterAll(async () => {
    await relay?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is named at start: one error line listing the damaged room, and only it', () => {
    const line = logs
      .map((text) => JSON.parse(text))
      .find((entry) => /integrity check FAILED/.test(entry.msg));
    expect(line).toBeDefined();
    expect(line.level).toBe(50);
    expect(line.damagedRooms).toEqual([`${damagedBoard.id}/content`]);
    expect(line.msg).toContain(`${damagedBoard.id}/content`);
    expect(line.msg).toContain('Damaged storage');
  });

  it('closes the damaged room with 4500 (clients do not retry) and serves the other boards', async () => {
    const url = `${relay.url.replace('http', 'ws')}/sync/${damagedBoard.id}`;
    const socket = await rawSocket(`${url}/content?key=${keyOf(damagedBoard.links.participant)}`);
    expect(await closed(socket)).toMatchObject({ code: CloseCode.boardDamaged });
    // The same board's other documents, and other boards, are fine.
    const session = connect(
      relay.url.replace('http', 'ws'),
      damagedBoard.id,
      'session',
      keyOf(damagedBoard.links.participant),
    );
    const healthy = connect(
      relay.url.replace('http', 'ws'),
      healthyBoard.id,
      'content',
      keyOf(healthyBoard.links.participant),
    );
    await Promise.all([synced(session), synced(healthy)]);
    session.destroy();
    healthy.destroy();
  });

  it('answers HTTP without any database error text, with an error id to find in the log', async () => {
    const response = await fetch(`${relay.url}/api/boards/${damagedBoard.id}/export.json`, {
      headers: { authorization: `Bearer ${keyOf(damagedBoard.links.observer)}` },
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/sqlite|malformed|corrupt|disk image/i);
    const body = JSON.parse(text) as { error: string; errorId: string };
    expect(body.error).toContain('Damaged storage');
    // The database's own words are in the log line carrying the same id.
    expect(logs.some((line) => line.includes(body.errorId) && /disk image is malformed/.test(line))).toBe(
      true,
    );
    const health = await fetch(`${relay.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, damagedRooms: 1 });
  });
});
