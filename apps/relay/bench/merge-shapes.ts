import { loadavg } from 'node:os';
import * as Y from 'yjs';
import { MERGE_SHAPE, mergeAll, mergeWithYjs } from '../src/sync/merge-updates';
import { diffSections } from '../src/sync/section-diff';
import { readSections } from '../src/sync/update-sections';
import { workshopUpdates } from './fixtures';

/**
 * `npx tsx bench/merge-shapes.ts` (apps/relay): the relay's merge (`mergeAll`: sections laid end to end,
 * `section-merge.ts`) against merging with Yjs in the shape it used before (`mergeWithYjs`) and against
 * the grouping before that (groups of 32, merged again in groups of 32), in this process, alternating,
 * for the two stored shapes a cold load merges: a whole log of BENCH_COLD_UPDATES entries, and a
 * snapshot followed by BENCH_COLD_TAIL entries. Prints the median of BENCH_MERGE_ROUNDS rounds each
 * (wall and CPU time of this process: on a shared VM the CPU time is the steadier of the two).
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

interface Timing {
  wall: number[];
  cpu: number[];
}

function timed(timing: Timing, merge: () => Uint8Array): Uint8Array {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const merged = merge();
  timing.wall.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  timing.cpu.push((used.user + used.system) / 1000);
  return merged;
}

/** What a merge gives once applied: content, state vector and deletions (bytes differ: see section-merge.ts). */
function documentOf(update: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const described =
    JSON.stringify(doc.toJSON()) + Buffer.from(Y.encodeSnapshot(Y.snapshot(doc))).toString('base64');
  doc.destroy();
  return described;
}

const show = (timing: Timing) =>
  `${median(timing.wall).toFixed(0)} ms (cpu ${median(timing.cpu).toFixed(0)})`;

function measure(label: string, parts: readonly Uint8Array[]): void {
  const old: Timing = { wall: [], cpu: [] };
  const yjs: Timing = { wall: [], cpu: [] };
  const sections: Timing = { wall: [], cpu: [] };
  let results: Uint8Array[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    results = [
      timed(old, () => groupsOf32(parts)),
      timed(yjs, () => mergeWithYjs(parts)),
      timed(sections, () => mergeAll(parts)),
    ];
  }
  if (Buffer.compare(Buffer.from(results[0]!), Buffer.from(results[1]!)) !== 0)
    throw new Error('the Yjs merges differ');
  if (documentOf(results[1]!) !== documentOf(results[2]!))
    throw new Error('the section merge gives another document');
  console.log(
    `${label}: groups of 32 ${show(old)}, Yjs in runs of ${MERGE_SHAPE.group} ${show(yjs)}, sections ${show(sections)}; ${results[1]!.byteLength} → ${results[2]!.byteLength} bytes`,
  );
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
measure(`whole log (${log.length})`, log);
measure(`snapshot + ${TAIL}`, [snapshot, ...log.slice(log.length - TAIL)]);

/** A peer that missed the last BENCH_COLD_TAIL updates reconnects: Yjs's diff against the section diff. */
function measureDiff(): void {
  const state = mergeAll([snapshot, ...log.slice(log.length - TAIL)]);
  const stateVector = Y.encodeStateVector(doc);
  const theirs = Y.decodeStateVector(stateVector);
  const yjs: Timing = { wall: [], cpu: [] };
  const sections: Timing = { wall: [], cpu: [] };
  const read: Timing = { wall: [], cpu: [] };
  let results: Uint8Array[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let layout: ReturnType<typeof readSections> = null;
    timed(read, () => {
      layout = readSections([state]);
      return state;
    });
    results = [
      timed(yjs, () => Y.diffUpdate(state, stateVector)),
      timed(sections, () => diffSections(layout!, theirs)!),
    ];
  }
  const reached = (diff: Uint8Array) => {
    const peer = new Y.Doc();
    for (const update of log.slice(0, log.length - TAIL)) Y.applyUpdate(peer, update);
    Y.applyUpdate(peer, diff);
    return documentOf(Y.encodeStateAsUpdate(peer));
  };
  if (reached(results[0]!) !== reached(results[1]!))
    throw new Error('the section diff gives another document');
  console.log(
    `peer missing the last ${TAIL}: Y.diffUpdate ${show(yjs)}, sections ${show(sections)} (+ reading the state once per change ${show(read)}); ${results[0]!.byteLength} → ${results[1]!.byteLength} bytes`,
  );
}
measureDiff();
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
