/**
 * How long /healthz waits while the relay takes a big board import (POST /api/boards/import).
 * Runs the relay in its own process (as production does) and polls /healthz every 20 ms from here
 * while curl sends one import of about `IMPORT_MB` megabytes (default 30) is sent: once a valid board, once one the
 * relay refuses (too many notes). Prints the worst and the median /healthz latency during each import.
 *
 *   npx tsx apps/relay/bench/import-stall.ts
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBoard, exportBoardJson, newId } from '@journeyboard/journey';
import * as Y from 'yjs';
import { startChildRelay } from '../src/test-support/child-relay';

const megabytes = Number(process.env.IMPORT_MB ?? 30);

function bigExport(notes: number, textLength: number): string {
  const doc = new Y.Doc();
  createBoard(doc, 'onboarding');
  const board = JSON.parse(exportBoardJson(doc)) as { notes: Record<string, unknown>[] };
  const model = board.notes[0]!;
  const text = 'n'.repeat(textLength);
  const extra = Array.from({ length: notes - board.notes.length }, () => ({
    ...model,
    id: newId('note-'),
    text,
  }));
  board.notes = [...board.notes, ...extra];
  return JSON.stringify(board);
}

async function measure(
  url: string,
  body: string,
): Promise<{ status: number; ms: number; worst: number; median: number }> {
  // The upload runs in curl (from a file written first), so sending 30 MB does not stall this polling.
  const file = join(dir, 'import.json');
  writeFileSync(file, body);
  const latencies: number[] = [];
  let running = true;
  const poll = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${url}/healthz`).then((response) => response.arrayBuffer());
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const started = performance.now();
  const status = await new Promise<number>((resolve, reject) => {
    execFile(
      'curl',
      [
        '-s',
        '-o',
        '/dev/null',
        '-w',
        '%{http_code}',
        '-H',
        'content-type: application/json',
        '--data-binary',
        `@${file}`,
        `${url}/api/boards/import`,
      ],
      (error, stdout) => (error ? reject(error) : resolve(Number(stdout))),
    );
  });
  const ms = performance.now() - started;
  running = false;
  await poll;
  latencies.sort((a, b) => a - b);
  return {
    status,
    ms: Math.round(ms),
    worst: Math.round(latencies.at(-1) ?? 0),
    median: Math.round(latencies[Math.floor(latencies.length / 2)] ?? 0),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'journeyboard-import-stall-'));
const relay = await startChildRelay(dir, { MAX_DOC_BYTES: String(64 * 1024 * 1024) });
try {
  const textLength = 1400;
  const perNote = bigExport(6, textLength).length - bigExport(5, textLength).length;
  const valid = bigExport(Math.min(20_000, Math.floor((megabytes * 1e6) / perNote)), textLength);
  const refused = bigExport(20_001, Math.floor((megabytes * 1e6) / 20_001) - 100);
  for (const [name, body] of [
    ['valid', valid],
    ['refused (20,001 notes)', refused],
  ] as const) {
    const result = await measure(relay.url, body);
    console.log(
      `${name.padEnd(24)} ${(body.length / 1e6).toFixed(1)} MB → ${result.status} in ${result.ms} ms; /healthz worst ${result.worst} ms, median ${result.median} ms`,
    );
  }
} finally {
  await relay.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
