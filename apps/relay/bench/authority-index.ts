import { readBoard, updateStep } from '@journeyboard/journey';
import * as Y from 'yjs';
import { RoomAuthority } from '../src/sync/authority/room-authority';
import { RoomState } from '../src/sync/room-state';
import { boardState, workshopUpdates } from './fixtures';

/**
 * What the relay's authority costs (`npx tsx --expose-gc bench/authority-index.ts`, in apps/relay): for
 * boards of 200 and 2,000 steps written as workshops write them (10 updates per step), the time to build
 * a room's item index (once, at the room's first write), the memory it holds, and the time to judge one
 * ordinary edit (a participant renaming a step) against it.
 */

const gc = (globalThis as { gc?: () => void }).gc;
/** The JS heap and typed arrays' buffers (which live outside it), after collecting garbage. */
const heap = () => {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const facilitator = {
  actor: { role: 'facilitator' as const, identity: 'f' },
  session: { phase: 'mapping' as const, locked: false },
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Boards: "200" is a 200-step board written as a workshop writes it (10 updates a step); "200c" the
// same board as created, without the edits (the board the bench's memory section loads).
for (const board of (process.env.BENCH_INDEX_STEPS ?? '200c,200,2000').split(',')) {
  const steps = Number.parseInt(board, 10);
  const state = board.endsWith('c') ? boardState(steps) : Y.mergeUpdates(workshopUpdates(steps, steps * 10));
  const builds: number[] = [];
  let bytes = 0;
  let items = 0;
  for (let run = 0; run < 5; run++) {
    const room = RoomState.fromStored(state, []);
    room.encodeState();
    const authority = new RoomAuthority('content', () => room.encodeState());
    const started = performance.now();
    authority.judgeFor(facilitator)([], new Map());
    builds.push(performance.now() - started);
    bytes = authority.indexBytes;
    items = authority.itemCount;
  }
  // Memory: ten indexes held at once (one alone is lost in the collector's noise), per index.
  const room0 = RoomState.fromStored(state, []);
  room0.encodeState();
  const before = heap();
  const held = Array.from({ length: 10 }, () => {
    const authority = new RoomAuthority('content', () => room0.encodeState());
    authority.judgeFor(facilitator)([], new Map());
    return authority;
  });
  const heapBytes = (heap() - before) / held.length;
  // Judging: a participant's title edit, against a built index.
  const room = RoomState.fromStored(state, []);
  const authority = new RoomAuthority('content', () => room.encodeState());
  const client = new Y.Doc();
  Y.applyUpdate(client, room.encodeState());
  const stepIds = readBoard(client).steps.map((s) => s.id);
  const judged: number[] = [];
  const context = {
    actor: { role: 'participant' as const, identity: 'p' },
    session: { phase: 'mapping' as const, locked: false },
  };
  for (let run = 0; run < 2000; run++) {
    const updates: Uint8Array[] = [];
    const listen = (u: Uint8Array) => updates.push(u);
    client.on('update', listen);
    updateStep(client, stepIds[run % stepIds.length]!, { title: `Edited ${run}` }, 'bench');
    client.off('update', listen);
    const started = performance.now();
    const outcome = room.apply(updates[0]!, authority.judgeFor(context));
    judged.push(performance.now() - started);
    if (outcome.kind !== 'accepted') throw new Error(`edit ${run} was ${outcome.kind}`);
  }
  console.log(
    `${board} steps (${(state.byteLength / 1024).toFixed(0)} KiB, ${items} items): index built in ` +
      `${median(builds).toFixed(1)} ms (median of 5; ${builds.map((b) => b.toFixed(0)).join(', ')}), ` +
      `${(bytes / 1024).toFixed(0)} KiB by its own count, heap and buffers +${(heapBytes / 1024).toFixed(0)} KiB (${held.length} held); ` +
      `apply with judgement of a title edit: median ${(median(judged) * 1000).toFixed(0)} µs, ` +
      `p95 ${([...judged].sort((a, b) => a - b)[Math.floor(judged.length * 0.95)]! * 1000).toFixed(0)} µs`,
  );
}
