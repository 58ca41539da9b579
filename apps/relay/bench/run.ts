import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { readBoard, updateStep } from '@journeyboard/journey';
import * as Y from 'yjs';
import { loadConfig } from '../src/config';
import { printClusterSection } from './cluster-bench';
import { deliverySection } from './delivery-section';
import { boardState, workshopUpdates } from './fixtures';
import { prepareBoards } from './prepare';
import { type ServerProcess, startReferenceProcess, startRelayProcess } from './processes';
import { inBatches, openRoom } from './rooms';
import { env, fmt, median, ratio, sleep, tempDir, withServer } from './section-support';
import { townHallSection } from './town-hall';
import { townHallClusterSection } from './town-hall-cluster';

/**
 * `npm run bench` (apps/relay): our relay (a separate process, storing every update in SQLite) against
 * the reference @y/websocket-server 0.1.1 (a separate process, in memory), driven by official clients
 * from this process. Sizes can be lowered for a quick look: BENCH_CLIENTS, BENCH_SECONDS, BENCH_ROOMS,
 * BENCH_COLD_STEPS, BENCH_COLD_UPDATES, BENCH_COLD_TAIL.
 */
const ROOMS = env('BENCH_ROOMS', 1000);
const ROOM_STEPS = env('BENCH_ROOM_STEPS', 200);
const COLD_STEPS = env('BENCH_COLD_STEPS', 2000);
const COLD_UPDATES = env('BENCH_COLD_UPDATES', 20_000);
const COLD_SAMPLES = env('BENCH_COLD_SAMPLES', 3);
// ROOM_REST_MS of the memory section's relay (its default unless set).
const REST_MS = env('BENCH_ROOM_REST_MS', 2_000);

interface MemoryReading {
  rss: number;
  /** What the server's JavaScript holds: V8 heap in use plus memory outside it (buffers). */
  live: number;
  /** V8's heap as reserved from the system (used or not). */
  heapTotal: number;
}

/** The server's memory once it settled and collected its garbage (see `collectGarbage`). */
async function settledMemory(server: ServerProcess): Promise<MemoryReading> {
  await sleep(2000);
  await server.collectGarbage();
  await sleep(500);
  const usage = await server.memoryUsage();
  return { rss: server.rss(), live: usage.heapUsed + usage.external, heapTotal: usage.heapTotal };
}

const perRoom = (from: MemoryReading, to: MemoryReading): MemoryReading => ({
  rss: (to.rss - from.rss) / ROOMS,
  live: (to.live - from.live) / ROOMS,
  heapTotal: (to.heapTotal - from.heapTotal) / ROOMS,
});

/**
 * A step renamed on the board (the facilitator's edit): with BENCH_MEMORY_WRITE=1 every room of the
 * memory section takes one, so each holds the item index a written room keeps besides its document.
 */
function titleEdit(state: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  updateStep(doc, readBoard(doc).steps[0]!.id, { title: 'Renamed in the memory bench' }, 'bench');
  doc.destroy();
  return updates[0]!;
}

/**
 * The relay's RSS growth per room twice: once every room has answered its client (each state just used,
 * in plain bytes), then once the rooms are at rest (`ROOM_REST_MS` without a join: each state deflated,
 * see `RoomState.rest`).
 */
async function memory(): Promise<{
  ours: MemoryReading;
  oursAtRest: MemoryReading;
  reference: MemoryReading;
  stateBytes: number;
}> {
  const state = boardState(ROOM_STEPS);
  const edit = process.env.BENCH_MEMORY_WRITE === '1' ? titleEdit(state) : undefined;
  const dir = tempDir();
  const boards = await prepareBoards(dir, ROOMS, () => [state]);
  const [ours, oursAtRest] = await withServer(
    () =>
      startRelayProcess(dir, { ROOM_GRACE_MS: '600000', ROOM_REST_MS: String(REST_MS) }, { inspect: true }),
    async (server) => {
      const before = await settledMemory(server);
      const sockets = await inBatches(ROOMS, 20, (index) => {
        const board = boards[index]!;
        const key = edit ? board.keys.facilitator : board.keys.observer;
        return openRoom(`${server.wsUrl}/sync/${board.id}/content?key=${key}`, edit);
      });
      const after = await settledMemory(server);
      // Rooms are looked at twice per ROOM_REST_MS: after 1.5 × of it each has rested.
      await sleep(REST_MS * 1.5);
      const rested = await settledMemory(server);
      for (const { socket } of sockets) socket.terminate();
      return [perRoom(before, after), perRoom(before, rested)];
    },
  );
  rmSync(dir, { recursive: true, force: true });
  const reference = await withServer(
    () => startReferenceProcess({ inspect: true }),
    async (server) => {
      const before = await settledMemory(server);
      const sockets = await inBatches(ROOMS, 20, (index) =>
        openRoom(`${server.wsUrl}/sync/bench-${index}/content`, state),
      );
      const after = await settledMemory(server);
      for (const { socket } of sockets) socket.terminate();
      return perRoom(before, after);
    },
  );
  return { ours, oursAtRest, reference, stateBytes: state.byteLength };
}

interface ColdLoad {
  fromLog: number[];
  fromSnapshot: number[];
  fromSnapshotAndTail: number[];
  tailEntries: number;
  logBytes: number;
  snapshotBytes: number;
}

/**
 * The longest log the relay leaves behind a snapshot with its default settings: it compacts once an
 * append brings the log to `COMPACT_LOG_ENTRIES` (or `COMPACT_LOG_BYTES`), a second after loading such a
 * log (after a crash), and on unload; so a relay killed just before its next compaction leaves the
 * snapshot and threshold − 1 entries, and loads them again as they are after a restart.
 */
const TAIL_ENTRIES = env('BENCH_COLD_TAIL', loadConfig({}).COMPACT_LOG_ENTRIES - 1);

function encodeBoard(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

async function coldLoad(): Promise<ColdLoad> {
  const log = workshopUpdates(COLD_STEPS, COLD_UPDATES);
  const logBytes = log.reduce((sum, update) => sum + update.byteLength, 0);
  const snapshotBytes = encodeBoard(log).byteLength;
  const tailEntries = Math.min(TAIL_ENTRIES, log.length);
  const head = encodeBoard(log.slice(0, log.length - tailEntries));
  const tail = log.slice(log.length - tailEntries);
  const dir = tempDir();
  // One small board to warm the relay process up, then the boards stored as a whole log, then the same
  // boards stored as a snapshot and the longest tail of log the relay can leave after it.
  const isTailBoard = (index: number) => index > COLD_SAMPLES;
  const boards = await prepareBoards(
    dir,
    2 * COLD_SAMPLES + 1,
    (index) => (index === 0 ? [] : isTailBoard(index) ? tail : log),
    (index) => (isTailBoard(index) ? head : null),
  );
  const url = (server: ServerProcess, index: number) =>
    `${server.wsUrl}/sync/${boards[index]!.id}/content?key=${boards[index]!.keys.observer}`;
  const fromLog: number[] = [];
  const fromSnapshot: number[] = [];
  const fromSnapshotAndTail: number[] = [];
  // ROOM_GRACE_MS=0: a room unloads (and compacts its log into a snapshot) as soon as we leave.
  await withServer(
    () => startRelayProcess(dir, { ROOM_GRACE_MS: '0' }),
    async (server) => {
      (await openRoom(url(server, 0))).socket.close();
      // First, before anything compacts them: their unload (ROOM_GRACE_MS=0) compacts them too.
      for (let index = COLD_SAMPLES + 1; index <= 2 * COLD_SAMPLES; index++) {
        const { socket, ms } = await openRoom(url(server, index));
        fromSnapshotAndTail.push(ms);
        socket.close();
        await sleep(1500);
      }
      for (let index = 1; index <= COLD_SAMPLES; index++) {
        const { socket, ms } = await openRoom(url(server, index));
        fromLog.push(ms);
        socket.close();
        await sleep(1500);
      }
      for (let index = 1; index <= COLD_SAMPLES; index++) {
        const { socket, ms } = await openRoom(url(server, index));
        fromSnapshot.push(ms);
        socket.close();
        await sleep(500);
      }
    },
  );
  rmSync(dir, { recursive: true, force: true });
  return { fromLog, fromSnapshot, fromSnapshotAndTail, tailEntries, logBytes, snapshotBytes };
}

async function memorySection(): Promise<void> {
  console.log(
    `\n2. Memory per loaded room: ${ROOMS} rooms of a ${ROOM_STEPS}-step board (server RSS growth / rooms)${process.env.BENCH_MEMORY_WRITE === '1' ? ', each written once (BENCH_MEMORY_WRITE=1: it holds its item index)' : ''}`,
  );
  const mem = await memory();
  console.log(`   board state: ${fmt(mem.stateBytes / 1024)} KiB encoded`);
  const kib = (reading: MemoryReading) =>
    `RSS ${fmt(reading.rss / 1024, 0)} KiB, live (heap used + external) ${fmt(reading.live / 1024, 0)} KiB, V8 heap reserved ${fmt(reading.heapTotal / 1024, 0)} KiB`;
  console.log(
    `   journeyboard relay, each room just joined: ${kib(mem.ours)} per room (content room + its session room)`,
  );
  console.log(
    `   journeyboard relay, at rest (no join for ROOM_REST_MS=${REST_MS}): ${kib(mem.oursAtRest)} per room`,
  );
  console.log(`   @y/websocket-server: ${kib(mem.reference)} per room`);
  console.log(
    `   ratio ours/reference (RSS): ${ratio(mem.ours.rss, mem.reference.rss)} just joined, ${ratio(mem.oursAtRest.rss, mem.reference.rss)} at rest`,
  );
}

async function coldLoadSection(): Promise<void> {
  console.log(
    `\n3. Cold load: ${COLD_STEPS} steps, ${COLD_UPDATES} logged updates (connect → first sync answer; load average before: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
  const cold = await coldLoad();
  console.log(
    `   log: ${fmt(cold.logBytes / 1024)} KiB in ${COLD_UPDATES} entries; snapshot: ${fmt(cold.snapshotBytes / 1024)} KiB`,
  );
  console.log(
    `   from the log (never compacted): ${cold.fromLog.map((ms) => fmt(ms, 0)).join(', ')} ms (median ${fmt(median(cold.fromLog), 0)} ms)`,
  );
  console.log(
    `   from the snapshot (after compaction): ${cold.fromSnapshot.map((ms) => fmt(ms, 0)).join(', ')} ms (median ${fmt(median(cold.fromSnapshot), 0)} ms)`,
  );
  console.log(
    `   from the snapshot + ${cold.tailEntries} logged (the most a relay leaves, default threshold): ${cold.fromSnapshotAndTail.map((ms) => fmt(ms, 0)).join(', ')} ms (median ${fmt(median(cold.fromSnapshotAndTail), 0)} ms)`,
  );
  console.log('   (the reference keeps rooms only in memory: it has no cold load to compare)');
}

async function main(): Promise<void> {
  console.log(
    `Journeyboard relay benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  );
  // BENCH_SECTIONS=delivery,memory,cold,townhall,townhall-cluster,cluster (default: all) runs a subset.
  const sections = new Set(
    (process.env.BENCH_SECTIONS ?? 'delivery,memory,cold,townhall,townhall-cluster,cluster').split(','),
  );
  if (sections.has('delivery')) await deliverySection();
  if (sections.has('memory')) await memorySection();
  if (sections.has('cold')) await coldLoadSection();
  if (sections.has('townhall')) await townHallSection();
  if (sections.has('townhall-cluster')) await townHallClusterSection();
  console.log(
    `\nload average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  if (sections.has('cluster')) await printClusterSection(process.env);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
