import {
  type Actor,
  addNote,
  addStep,
  createBoard,
  deleteNote,
  deleteStep,
  readBoard,
  type SessionState,
  setRating,
  updateLane,
  updateMeta,
  updateStep,
} from '@journeyboard/journey';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomState } from '../room-state';
import { RoomAuthority } from './room-authority';

// Random edits through the relay's judge. Edits by a role the rules allow are always accepted, and every
// client that syncs from the relay converges on one board; edits by a role the rules refuse never change
// what the relay holds (so no other client or the store ever sees them).

const MAPPING: SessionState = { phase: 'mapping', locked: false };
const STEP_IDS = ['s1', 's2', 's3'];

type Edit =
  | { kind: 'addStep'; id: string; title: string }
  | { kind: 'renameStep'; index: number; title: string }
  | { kind: 'describeStep'; index: number; text: string }
  | { kind: 'deleteStep'; index: number }
  | { kind: 'addNote'; index: number; text: string }
  | { kind: 'deleteNote'; index: number }
  | { kind: 'rate'; index: number; score: number }
  | { kind: 'score'; index: number; score: number }
  | { kind: 'renameLane'; index: number; title: string }
  | { kind: 'retitle'; title: string };

const text = fc.string({ maxLength: 12 });
const index = fc.nat({ max: 8 });
const score = fc.integer({ min: 1, max: 10 });

/** Edits a participant may make: steps and notes. */
const participantEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('addStep' as const), id: fc.constantFrom(...STEP_IDS), title: text }),
  fc.record({ kind: fc.constant('renameStep' as const), index, title: text }),
  fc.record({ kind: fc.constant('describeStep' as const), index, text }),
  fc.record({ kind: fc.constant('deleteStep' as const), index }),
  fc.record({ kind: fc.constant('addNote' as const), index, text }),
  fc.record({ kind: fc.constant('deleteNote' as const), index }),
);
/** Edits only the facilitator may make: the consensus score, lanes, the journey's title. */
const facilitatorEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('score' as const), index, score }),
  fc.record({ kind: fc.constant('renameLane' as const), index, title: text }),
  fc.record({ kind: fc.constant('retitle' as const), title: text }),
);

function pick<T>(items: readonly T[], at: number): T | undefined {
  return items.length ? items[at % items.length] : undefined;
}

/** Applies an edit to a client's copy as `actor`; false when the model itself has nothing to do. */
function perform(doc: Y.Doc, edit: Edit, actor: Actor): boolean {
  const board = readBoard(doc);
  const step = 'index' in edit ? pick(board.steps, edit.index) : undefined;
  const o = 'test';
  try {
    switch (edit.kind) {
      case 'addStep':
        if (board.steps.some((s) => s.id === edit.id)) return false;
        addStep(doc, { id: edit.id, journeyId: board.journeys[0]!.id, title: edit.title }, o);
        return true;
      case 'renameStep':
        if (!step || step.title === edit.title) return false;
        updateStep(doc, step.id, { title: edit.title }, o);
        return true;
      case 'describeStep':
        if (!step || step.description === edit.text) return false;
        updateStep(doc, step.id, { description: edit.text }, o);
        return true;
      case 'deleteStep':
        return step ? deleteStep(doc, step.id, o) : false;
      case 'addNote':
        if (!step) return false;
        addNote(
          doc,
          { stepId: step.id, laneId: board.lanes[0]!.id, text: edit.text, authorId: actor.identity! },
          o,
        );
        return true;
      case 'deleteNote': {
        const note = pick(board.notes, edit.index);
        return note ? deleteNote(doc, note.id, o) : false;
      }
      case 'rate':
        if (!step) return false;
        setRating(doc, { stepId: step.id, participantId: actor.identity!, score: edit.score }, o);
        return true;
      case 'score':
        if (!step || step.score === edit.score) return false;
        updateStep(doc, step.id, { score: edit.score }, o);
        return true;
      case 'renameLane': {
        const lane = pick(board.lanes, edit.index);
        if (!lane || lane.title === edit.title) return false;
        updateLane(doc, lane.id, { title: edit.title }, o);
        return true;
      }
      case 'retitle':
        if (board.meta.title === edit.title) return false;
        updateMeta(doc, { title: edit.title }, o);
        return true;
    }
  } catch {
    return false;
  }
}

function relayWithBoard() {
  const seed = new Y.Doc();
  createBoard(seed, 'onboarding');
  const state = RoomState.fromStored(Y.encodeStateAsUpdate(seed), []);
  return { state, authority: new RoomAuthority('content', () => state.encodeState()) };
}

/** A client editing its own copy, sending each edit's update to the relay and receiving the others'. */
function client(relay: ReturnType<typeof relayWithBoard>) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, relay.state.encodeState());
  return doc;
}

function send(relay: ReturnType<typeof relayWithBoard>, doc: Y.Doc, actor: Actor, edit: Edit) {
  const updates: Uint8Array[] = [];
  const listen = (update: Uint8Array) => updates.push(update);
  doc.on('update', listen);
  const changed = perform(doc, edit, actor);
  doc.off('update', listen);
  if (!changed || updates.length === 0) return null;
  return relay.state.apply(Y.mergeUpdates(updates), relay.authority.judgeFor({ actor, session: MAPPING }));
}

describe('the judge under random edits', () => {
  it('accepts every edit of roles allowed to make it, and every client converges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ who: fc.constantFrom('alice', 'bob', 'facilitator'), edit: participantEdit }), {
          maxLength: 25,
        }),
        fc.array(facilitatorEdit, { maxLength: 8 }),
        (edits, facilitatorEdits) => {
          const relay = relayWithBoard();
          const actors: Record<string, Actor> = {
            alice: { role: 'participant', identity: 'u-alice' },
            bob: { role: 'participant', identity: 'u-bob' },
            facilitator: { role: 'facilitator', identity: 'u-facilitator' },
          };
          const docs = Object.fromEntries(Object.keys(actors).map((name) => [name, client(relay)]));
          const all = [...edits, ...facilitatorEdits.map((edit) => ({ who: 'facilitator' as const, edit }))];
          for (const { who, edit } of all) {
            const outcome = send(relay, docs[who]!, actors[who]!, edit);
            if (outcome) expect(outcome.kind === 'refused' ? outcome.refusal : 'taken').toBe('taken');
            // Everyone receives what the relay holds (as the relay broadcasts it).
            for (const doc of Object.values(docs)) Y.applyUpdate(doc, relay.state.encodeState());
          }
          const boards = Object.values(docs).map((doc) => JSON.stringify(readBoard(doc)));
          const fresh = JSON.stringify(readBoard(client(relay)));
          for (const board of boards) expect(board).toBe(fresh);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never lets a role change what the rules keep from it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            role: fc.constant('observer' as const),
            edit: fc.oneof(participantEdit, facilitatorEdit),
          }),
          fc.record({ role: fc.constant('participant' as const), edit: facilitatorEdit }),
          // Ballots go through the relay's API: no role writes one into the document.
          fc.record({
            role: fc.constantFrom('participant' as const, 'facilitator' as const),
            edit: fc.record({ kind: fc.constant('rate' as const), index, score }),
          }),
        ),
        fc.boolean(),
        ({ role, edit }, locked) => {
          const relay = relayWithBoard();
          // Give the board a step and a note to aim at.
          const facilitator: Actor = { role: 'facilitator', identity: 'u-f' };
          const f = client(relay);
          send(relay, f, facilitator, { kind: 'addStep', id: 's1', title: 'One' });
          send(relay, client(relay), facilitator, { kind: 'addNote', index: 0, text: 'n' });
          const before = relay.state.encodeState();
          const actor: Actor = { role, identity: 'u-someone' };
          const doc = client(relay);
          const updates: Uint8Array[] = [];
          doc.on('update', (update: Uint8Array) => updates.push(update));
          if (!perform(doc, edit, actor) || updates.length === 0) return;
          const session = { phase: 'mapping' as const, locked };
          const outcome = relay.state.apply(
            Y.mergeUpdates(updates),
            relay.authority.judgeFor({ actor, session }),
          );
          expect(outcome.kind).toBe('refused');
          expect(relay.state.encodeState()).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a participant’s content edits while the board is locked, and stores nothing', () => {
    fc.assert(
      fc.property(participantEdit, (edit) => {
        const relay = relayWithBoard();
        const before = relay.state.encodeState();
        const actor: Actor = { role: 'participant', identity: 'u-alice' };
        const doc = client(relay);
        const updates: Uint8Array[] = [];
        doc.on('update', (update: Uint8Array) => updates.push(update));
        if (!perform(doc, edit, actor) || updates.length === 0) return;
        const outcome = relay.state.apply(
          Y.mergeUpdates(updates),
          relay.authority.judgeFor({ actor, session: { phase: 'mapping', locked: true } }),
        );
        expect(outcome.kind).toBe('refused');
        expect(relay.state.encodeState()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
