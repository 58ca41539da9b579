import fc from 'fast-check';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { addChannel, deleteChannel, moveChannel } from './channels';
import { collection, entityMap } from './doc';
import { JourneyError } from './errors';
import { forkJourney } from './journeys';
import { exportBoard, parseBoardExport } from './json';
import { addLane, deleteLane } from './lanes';
import { updateMeta } from './meta';
import { addNote, deleteNote, moveNote, updateNote } from './notes';
import { addOpportunity, deleteOpportunity, updateOpportunity } from './opportunities';
import { addPersona, updatePersona } from './personas';
import { setRating } from './ratings';
import { readBoardWithIssues } from './read';
import { addStage, deleteStage, moveStage, updateStage } from './stages';
import { addStep, deleteStep, moveStep, updateStep } from './steps';
import type { EntityKind } from './types';
import { castVote } from './votes';

// Three peers start from the same board, each makes random operations without seeing the others, and
// updates are delivered in random order, partially and with duplicates. In the end every peer must
// hold the identical document, and its snapshot must be a consistent board (it passes import).

const KINDS = [
  'addStep',
  'updateStep',
  'moveStep',
  'deleteStep',
  'addStage',
  'updateStage',
  'moveStage',
  'deleteStage',
  'addNote',
  'updateNote',
  'moveNote',
  'deleteNote',
  'rate',
  'addChannel',
  'moveChannel',
  'deleteChannel',
  'addLane',
  'deleteLane',
  'addOpportunity',
  'updateOpportunity',
  'deleteOpportunity',
  'persona',
  'meta',
  'vote',
  'fork',
] as const;

interface Op {
  readonly kind: (typeof KINDS)[number];
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
});

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length ? items[n % items.length] : undefined;

function ids(doc: Y.Doc, kind: EntityKind): string[] {
  return [...collection(doc, kind).keys()].sort();
}

function field(doc: Y.Doc, kind: EntityKind, id: string, key: string): unknown {
  return entityMap(doc, kind, id)?.get(key);
}

function apply(doc: Y.Doc, peer: number, op: Op, seq: number): void {
  // Targets are picked from the raw collections (cheap) rather than a full snapshot per operation.
  const o = `peer-${peer}`;
  const id = (prefix: string) => `${prefix}-${peer}-${seq}`;
  const stepId = pick(ids(doc, 'step'), op.a);
  const stageId = pick(ids(doc, 'stage'), op.b);
  const journeyId = pick(ids(doc, 'journey'), op.c) ?? 'journey-current';
  const noteId = pick(ids(doc, 'note'), op.a);
  const laneId = pick(ids(doc, 'lane'), op.b);
  const channelId = pick(ids(doc, 'channel'), op.c);
  const oppId = pick(ids(doc, 'opportunity'), op.a);
  const personaId = pick(ids(doc, 'persona'), op.b);
  const step = stepId
    ? { id: stepId, journeyId: String(field(doc, 'step', stepId, 'journeyId')) }
    : undefined;
  const stage = stageId ? { id: stageId, journeyId: field(doc, 'stage', stageId, 'journeyId') } : undefined;
  const journey = { id: journeyId };
  const note = noteId ? { id: noteId } : undefined;
  const lane = laneId ? { id: laneId } : undefined;
  const channel = channelId ? { id: channelId } : undefined;
  const opp = oppId ? { id: oppId } : undefined;
  const text = `t${peer}.${seq}`;
  switch (op.kind) {
    case 'addStep': {
      const stageId = stage && stage.journeyId === journey.id ? stage.id : null;
      addStep(doc, { journeyId: journey.id, stageId, title: text, index: op.c % 5, id: id('step') }, o);
      return;
    }
    case 'updateStep':
      if (!step) return;
      if (op.b % 3 === 0) updateStep(doc, step.id, { title: text }, o);
      else if (op.b % 3 === 1) updateStep(doc, step.id, { score: (op.c % 10) + 1, emotion: 'happy' }, o);
      else updateStep(doc, step.id, { channelId: channel?.id ?? null, people: [text] }, o);
      return;
    case 'moveStep': {
      if (!step) return;
      const target = pick(
        ids(doc, 'stage').filter((s) => field(doc, 'stage', s, 'journeyId') === step.journeyId),
        op.b,
      );
      moveStep(doc, step.id, { index: op.c % 6, stageId: op.b % 4 === 0 ? null : (target ?? null) }, o);
      return;
    }
    case 'deleteStep':
      if (step) deleteStep(doc, step.id, o);
      return;
    case 'addStage':
      addStage(doc, { journeyId: journey.id, title: text, index: op.a % 4, id: id('stage') }, o);
      return;
    case 'updateStage':
      if (stage) updateStage(doc, stage.id, { title: text }, o);
      return;
    case 'moveStage':
      if (stage) moveStage(doc, stage.id, op.c % 5, o);
      return;
    case 'deleteStage':
      if (stage) deleteStage(doc, stage.id, o, { deleteSteps: op.c % 2 === 0 });
      return;
    case 'addNote':
      if (step && lane)
        addNote(doc, { stepId: step.id, laneId: lane.id, text, id: id('note'), index: op.c % 3 }, o);
      return;
    case 'updateNote':
      if (note) updateNote(doc, note.id, { text }, o);
      return;
    case 'moveNote':
      if (note && step && lane)
        moveNote(doc, note.id, { index: op.c % 3, stepId: step.id, laneId: lane.id }, o);
      return;
    case 'deleteNote':
      if (note) deleteNote(doc, note.id, o);
      return;
    case 'rate':
      if (step) setRating(doc, { stepId: step.id, participantId: `p${op.b % 3}`, score: (op.c % 10) + 1 }, o);
      return;
    case 'addChannel':
      addChannel(doc, { name: text, index: op.a % 7, id: id('channel') }, o);
      return;
    case 'moveChannel':
      if (channel) moveChannel(doc, channel.id, op.a % 8, o);
      return;
    case 'deleteChannel':
      if (channel) deleteChannel(doc, channel.id, o);
      return;
    case 'addLane':
      addLane(doc, { kind: 'custom', title: text, index: op.a % 8, id: id('lane') }, o);
      return;
    case 'deleteLane':
      if (lane) deleteLane(doc, lane.id, o);
      return;
    case 'addOpportunity':
      addOpportunity(
        doc,
        { title: text, stepIds: step ? [step.id] : [], noteIds: note ? [note.id] : [], id: id('opp') },
        o,
      );
      return;
    case 'updateOpportunity':
      if (opp) updateOpportunity(doc, opp.id, { status: 'planned', stepIds: step ? [step.id] : [] }, o);
      return;
    case 'deleteOpportunity':
      if (opp) deleteOpportunity(doc, opp.id, o);
      return;
    case 'persona':
      if (personaId && op.a % 2)
        updatePersona(doc, personaId, { preferredChannelIds: channel ? [channel.id] : [] }, o);
      else
        addPersona(
          doc,
          { name: text, preferredChannelIds: channel ? [channel.id] : [], id: id('persona') },
          o,
        );
      return;
    case 'meta':
      updateMeta(doc, op.a % 2 ? { title: text } : { targetScore: (op.b % 10) + 1 }, o);
      return;
    case 'vote':
      if (opp) castVote(doc, { roundId: 'r1', participantId: `p${peer}`, targetId: opp.id }, 3, o);
      return;
    case 'fork':
      // Forks copy a whole journey; keep them rare so runs stay fast.
      if (op.a % 4 === 0 && ids(doc, 'journey').length < 3) {
        let n = 0;
        forkJourney(doc, journey.id, o, { makeId: (prefix) => `${prefix}${peer}-${seq}-${n++}` });
      }
      return;
  }
}

interface Scenario {
  readonly rounds: readonly (readonly (readonly Op[])[])[];
  readonly deliveries: readonly [number, number][];
}

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  rounds: fc.array(
    fc.tuple(
      fc.array(opArb, { maxLength: 6 }),
      fc.array(opArb, { maxLength: 6 }),
      fc.array(opArb, { maxLength: 6 }),
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  deliveries: fc.array(fc.tuple(fc.nat(10_000), fc.nat(2)), { maxLength: 40 }),
});

test('three peers with random concurrent operations converge to an identical, valid board', () => {
  const base = new Y.Doc();
  base.clientID = 100;
  // A small board keeps each run cheap: the operations themselves create the rest.
  createBoard(base, 'blank');
  addStage(base, { journeyId: 'journey-current', title: 'A', id: 'stage-a' }, 'setup');
  addStage(base, { journeyId: 'journey-current', title: 'B', id: 'stage-b' }, 'setup');
  for (const [n, stageId] of ['stage-a', 'stage-a', 'stage-b'].entries()) {
    addStep(base, { journeyId: 'journey-current', stageId, title: `s${n}`, id: `step-${n}` }, 'setup');
  }
  const baseUpdate = Y.encodeStateAsUpdate(base);
  const outcome = { applied: 0, refused: 0 };
  fc.assert(
    fc.property(scenarioArb, ({ rounds, deliveries }) => {
      const peers = [1, 2, 3].map((clientID) => {
        const doc = new Y.Doc();
        doc.clientID = clientID;
        Y.applyUpdate(doc, baseUpdate);
        return doc;
      });
      const pool: { from: number; update: Uint8Array }[] = [];
      peers.forEach((doc, from) => {
        doc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== 'remote') pool.push({ from, update });
        });
      });
      let seq = 0;
      let d = 0;
      for (const round of rounds) {
        round.forEach((ops, peer) => {
          for (const op of ops) {
            try {
              apply(peers[peer]!, peer, op, seq++);
              outcome.applied++;
            } catch (error) {
              // Refusals the API documents (e.g. a stage removed by a peer) are fine; anything else is a bug.
              if (!(error instanceof JourneyError)) throw error;
              outcome.refused++;
            }
          }
        });
        // Partial, out-of-order, duplicated delivery between rounds.
        for (let k = 0; k < 10 && d < deliveries.length; k++, d++) {
          const [n, to] = deliveries[d]!;
          const item = pool[n % Math.max(1, pool.length)];
          if (item && item.from !== to) Y.applyUpdate(peers[to]!, item.update, 'remote');
        }
      }
      // Final delivery: everything, in a scrambled order, twice.
      for (const [to, doc] of peers.entries()) {
        const order = pool.map((item, i) => ({ item, key: (i * 7919 + to * 104_729) % (pool.length + 13) }));
        order.sort((x, y) => x.key - y.key);
        for (const pass of [0, 1]) {
          for (const { item } of pass ? [...order].reverse() : order) {
            if (item.from !== to) Y.applyUpdate(doc, item.update, 'remote');
          }
        }
      }
      const states = peers.map((doc) => Y.encodeStateVector(doc).toString());
      expect(states[1]).toBe(states[0]);
      expect(states[2]).toBe(states[0]);
      const reads = peers.map((doc) => readBoardWithIssues(doc));
      expect(reads[1]!.board).toEqual(reads[0]!.board);
      expect(reads[2]!.board).toEqual(reads[0]!.board);
      const valid = parseBoardExport(JSON.parse(JSON.stringify(exportBoard(reads[0]!.board))));
      expect(valid.ok ? 'valid' : valid.error.text).toBe('valid');
      // Within one stage (or cell) no two items share a position after the merge: ordering is total.
      const board = reads[0]!.board;
      expect(new Set(board.steps.map((s) => s.id)).size).toBe(board.steps.length);
    }),
    { numRuns: 40 },
  );
  // Guard against a vacuous property: most random operations must really change the document.
  expect(outcome.applied).toBeGreaterThan(outcome.refused * 4);
}, 30_000);
