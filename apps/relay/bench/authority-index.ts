import { readBoard, updateStep } from '@journeyboard/journey';
import * as Y from 'yjs';
import { RoomAuthority } from '../src/sync/authority/room-authority';
import { RoomState } from '../src/sync/room-state';
import { workshopUpdates } from './fixtures';

/**
 * What the relay's authority costs (`npx tsx --expose-gc bench/authority-index.ts`, in apps/relay): for
 * boards of 200 and 2,000 steps written as workshops write them (10 updates per step), the time to build
 * a room's item index (once, at the room's first write), the memory it holds, and the time to judge one
 * ordinary edit (a participant renaming a step) against it.
 */

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const steps of (process.env.BENCH_INDEX_STEPS ?? '200,2000').split(',').map(Number)) {
  const state = Y.mergeUpdates(workshopUpdates(steps, steps * 10));
  const builds: number[] = [];
  let bytes = 0;
  let heapBytes = 0;
  let items = 0;
  for (let run = 0; run < 5; run++) {
    const room = RoomState.fromStored(state, []);
    room.encodeState();
    const before = heap();
    const authority = new RoomAuthority('content', () => room.encodeState());
    const started = performance.now();
    authority.judgeFor({
      actor: { role: 'facilitator', identity: 'f' },
      session: { phase: 'mapping', locked: false },
    })([], new Map());
    builds.push(performance.now() - started);
    heapBytes = heap() - before;
    bytes = authority.indexBytes;
    items = authority.itemCount;
  }
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
    `${steps} steps (${(state.byteLength / 1024).toFixed(0)} KiB, ${items} items): index built in ` +
      `${median(builds).toFixed(1)} ms (median of 5; ${builds.map((b) => b.toFixed(0)).join(', ')}), ` +
      `${(bytes / 1024).toFixed(0)} KiB by its own count, heap +${(heapBytes / 1024).toFixed(0)} KiB; ` +
      `apply with judgement of a title edit: median ${(median(judged) * 1000).toFixed(0)} µs, ` +
      `p95 ${([...judged].sort((a, b) => a - b)[Math.floor(judged.length * 0.95)]! * 1000).toFixed(0)} µs`,
  );
}
