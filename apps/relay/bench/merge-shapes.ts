import { loadavg } from 'node:os';
import * as Y from 'yjs';
import { MERGE_SHAPE, mergeAll } from '../src/sync/merge-updates';
import { workshopUpdates } from './fixtures';

/**
 * `npx tsx bench/merge-shapes.ts` (apps/relay): the relay's merge (`mergeAll`) against the grouping it
 * replaced (groups of 32, merged again in groups of 32), in this process, alternating, for the two
 * stored shapes a cold load merges: a whole log of BENCH_COLD_UPDATES entries, and a snapshot followed
 * by BENCH_COLD_TAIL entries. Prints the median of BENCH_MERGE_ROUNDS rounds each.
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const STEPS = env('BENCH_COLD_STEPS', 2000);
const UPDATES = env('BENCH_COLD_UPDATES', 20_000);
const TAIL = env('BENCH_COLD_TAIL', 1999);
const ROUNDS = env('BENCH_MERGE_ROUNDS', 7);

function groupsOf32(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  if (parts.length <= 32) return Y.mergeUpdates(parts as Uint8Array[]);
  const groups: Uint8Array[] = [];
  for (let start = 0; start < parts.length; start += 32)
    groups.push(groupsOf32(parts.slice(start, start + 32)));
  return groupsOf32(groups);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(parts: readonly Uint8Array[]): { before: number; after: number } {
  const before: number[] = [];
  const after: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let start = performance.now();
    const old = groupsOf32(parts);
    before.push(performance.now() - start);
    start = performance.now();
    const merged = mergeAll(parts);
    after.push(performance.now() - start);
    if (Buffer.compare(Buffer.from(old), Buffer.from(merged)) !== 0) throw new Error('the merges differ');
  }
  return { before: median(before), after: median(after) };
}

const log = workshopUpdates(STEPS, UPDATES);
const doc = new Y.Doc();
for (const update of log.slice(0, log.length - TAIL)) Y.applyUpdate(doc, update);
const snapshot = Y.encodeStateAsUpdate(doc);
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; shape ${JSON.stringify(MERGE_SHAPE)}`,
);
const whole = measure(log);
console.log(
  `whole log (${log.length}): groups of 32 ${whole.before.toFixed(0)} ms, mergeAll ${whole.after.toFixed(0)} ms`,
);
const tail = measure([snapshot, ...log.slice(log.length - TAIL)]);
console.log(
  `snapshot + ${TAIL}: groups of 32 ${tail.before.toFixed(0)} ms, mergeAll ${tail.after.toFixed(0)} ms`,
);
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
