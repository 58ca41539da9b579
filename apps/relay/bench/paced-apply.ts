/**
 * What one everyday update costs the relay when updates come as they do in a workshop: one at a time,
 * milliseconds apart, with the machine doing other work in between (the caches then no longer hold the
 * relay's code and data). Applies the bench clients' typical update (a participant sets a field of their
 * own step) to a room, judged (as the relay does) and not judged, alternating, with a pause between
 * updates, and prints the time per update.
 *
 *   npx tsx bench/paced-apply.ts [gapMs=6] [updates=3000]
 *
 * With `--cpu-prof --cpu-prof-interval 50` (node) it shows where the judged update's time goes.
 */
import { createBoard } from '@journeyboard/journey';
import * as Y from 'yjs';
import { RoomAuthority } from '../src/sync/authority/room-authority';
import { RoomState } from '../src/sync/room-state';

const gapMs = Number(process.argv[2] ?? 6);
const total = Number(process.argv[3] ?? 3000);
const CLIENTS = 30;

const seed = new Y.Doc();
createBoard(seed, 'blank', 'seed');
const state = RoomState.fromStored(Y.encodeStateAsUpdate(seed), []);
const authority = new RoomAuthority('content', () => state.encodeState());
const context = {
  actor: { role: 'participant' as const, identity: null },
  session: { phase: 'mapping' as const, locked: false },
};

/** Each client's doc, in step with the room, and its own step (as `latency-worker.ts` makes it). */
const clients = Array.from({ length: CLIENTS }, (_, index) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state.encodeState());
  const own = `client-${index}`;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const step = new Y.Map<unknown>();
  step.set('journeyId', 'journey-current');
  step.set('order', 'a0');
  step.set('title', own);
  doc.getMap('steps').set(own, step);
  return { doc, step, updates };
});
for (const client of clients) {
  for (const update of client.updates.splice(0)) {
    const outcome = state.apply(update, authority.judgeFor(context));
    if (outcome.kind !== 'accepted') throw new Error(`setup refused: ${JSON.stringify(outcome)}`);
  }
}

const judged: number[] = [];
const unjudged: number[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
for (let round = 0; round < total; round++) {
  const client = clients[round % CLIENTS]!;
  client.step.set('description', String(performance.now()));
  const update = client.updates.splice(0)[0]!;
  const judge = round % 2 === 0;
  const started = performance.now();
  const outcome = state.apply(update, judge ? authority.judgeFor(context) : undefined);
  const took = (performance.now() - started) * 1000;
  if (outcome.kind !== 'accepted') throw new Error(`refused: ${JSON.stringify(outcome)}`);
  if (round >= 200) (judge ? judged : unjudged).push(took);
  if (gapMs > 0) await sleep(gapMs);
}
const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(p * (values.length - 1))]!;
for (const [name, values] of [
  ['judged', judged],
  ['not judged', unjudged],
] as const) {
  console.log(
    `${name.padEnd(11)} p50 ${pct(values, 0.5).toFixed(0)} µs  p95 ${pct(values, 0.95).toFixed(0)} µs  (${values.length} updates, ${gapMs} ms apart)`,
  );
}
