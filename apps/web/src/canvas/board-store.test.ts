import {
  addNote,
  createBoard,
  moveStep,
  setRating,
  updateMeta,
  updateNote,
  updateStep,
} from '@journeyboard/journey';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardStore } from './board-store';
import { cellKey } from './board-structure';

const ORIGIN = { test: true };
const stores: BoardStore[] = [];

/** A store on `doc`, counting how often each of its subscriptions is told of a change. */
function watch(doc: Y.Doc) {
  const store = new BoardStore(doc);
  stores.push(store);
  const calls = { structure: 0, curve: 0 };
  store.subscribeStructure(() => {
    calls.structure += 1;
  });
  store.subscribeCurve(() => {
    calls.curve += 1;
  });
  return { doc, store, calls };
}

function open() {
  const doc = new Y.Doc();
  createBoard(doc, 'onboarding');
  return watch(doc);
}

afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
});

describe('BoardStore', () => {
  it('makes room under the curve when the marks ask for it, and lays out again only then', () => {
    const { store, calls } = open();
    const before = store.getLayout();
    store.setCurveFooter(78);
    const after = store.getLayout();
    expect(calls.structure).toBe(1);
    expect(after.rowByKey.get('curve')!.height - before.rowByKey.get('curve')!.height).toBe(78);
    expect(after.height - before.height).toBe(78);
    store.setCurveFooter(78);
    expect(calls.structure).toBe(1);
    store.setCurveFooter(Number.NaN);
    expect(store.getLayout().height).toBe(before.height);
    expect(calls.structure).toBe(2);
  });

  it('reads the template into columns, rows and a curve', () => {
    const { store } = open();
    const structure = store.getStructure();
    expect(structure.stepIds[0]).toBe('ob-step-01');
    expect(store.getLayout().columns).toHaveLength(structure.columns.length);
    expect(store.getCurve().points.length).toBe(structure.stepIds.length);
    expect(store.getCurve().targetScore).toBe(7);
  });

  it('re-lays out nothing when only a step’s text changes, but tells that step’s subscribers', () => {
    const { doc, store, calls } = open();
    let stepCalls = 0;
    const stop = store.subscribeEntity('step', 'ob-step-01', () => {
      stepCalls += 1;
    });
    const layout = store.getLayout();
    updateStep(doc, 'ob-step-01', { title: 'Applies on the careers site' }, ORIGIN);
    expect(calls).toEqual({ structure: 0, curve: 0 });
    expect(stepCalls).toBe(1);
    expect(store.getLayout()).toBe(layout);
    expect(store.getEntity('step', 'ob-step-01')?.title).toBe('Applies on the careers site');
    stop();
  });

  it('reads an entity anew after a transaction when nobody subscribes to it (the canvas announces a typed title)', () => {
    const { doc, store } = open();
    // The canvas reads a new step before its card is drawn (nobody subscribed yet), then its title is typed.
    expect(store.getEntity('step', 'ob-step-01')?.title).not.toBe('Applies on the careers site');
    updateStep(doc, 'ob-step-01', { title: 'Applies on the careers site' }, ORIGIN);
    expect(store.getEntity('step', 'ob-step-01')?.title).toBe('Applies on the careers site');
    // Read twice between transactions, the snapshot is the same object (React's useSyncExternalStore).
    expect(store.getEntity('step', 'ob-step-01')).toBe(store.getEntity('step', 'ob-step-01'));
  });

  it('does not tell a step’s subscribers about another step', () => {
    const { doc, store } = open();
    let calls = 0;
    const stop = store.subscribeEntity('step', 'ob-step-02', () => {
      calls += 1;
    });
    updateStep(doc, 'ob-step-01', { title: 'Changed' }, ORIGIN);
    expect(calls).toBe(0);
    stop();
  });

  it('redraws the curve, not the structure, when a score, the target or a rating changes', () => {
    const { doc, calls } = open();
    updateStep(doc, 'ob-step-01', { score: 2 }, ORIGIN);
    expect(calls).toEqual({ structure: 0, curve: 1 });
    updateMeta(doc, { targetScore: 9 }, ORIGIN);
    expect(calls.curve).toBe(2);
    setRating(doc, { stepId: 'ob-step-01', participantId: 'p1', score: 4 }, ORIGIN);
    expect(calls).toEqual({ structure: 0, curve: 3 });
  });

  it('rebuilds the structure when a step moves or a note is added, not when a note is edited', () => {
    const { doc, store, calls } = open();
    moveStep(doc, 'ob-step-01', { index: 2 }, ORIGIN);
    expect(calls.structure).toBe(1);
    expect(store.getStructure().stepIds.indexOf('ob-step-01')).toBe(2);
    const lane = store.getStructure().lanes[0]!;
    const note = addNote(doc, { stepId: 'ob-step-02', laneId: lane.id, text: 'Hmm' }, ORIGIN);
    expect(calls.structure).toBe(2);
    expect(store.getStructure().cellNotes.get(cellKey('ob-step-02', lane.id))).toContain(note.id);
    updateNote(doc, note.id, { text: 'Edited' }, ORIGIN);
    expect(calls.structure).toBe(2);
  });

  it('shows what is valid when a peer writes garbage', () => {
    const { doc, store } = open();
    const before = store.getStructure().stepIds.length;
    doc.transact(() => {
      doc.getMap('steps').set('broken', 'not a map');
      const bad = new Y.Map<unknown>();
      bad.set('journeyId', 'journey-current');
      bad.set('order', 'a5');
      bad.set('score', 'eleven');
      doc.getMap('steps').set('bad-score', bad);
    });
    expect(store.getStructure().stepIds.length).toBe(before);
    expect(store.getEntity('step', 'broken')).toBeNull();
  });

  it('rebuilds once for a transaction that touches every collection, like the first sync', () => {
    const source = new Y.Doc();
    createBoard(source, 'onboarding');
    setRating(source, { stepId: 'ob-step-01', participantId: 'p1', score: 4 }, ORIGIN);
    const { doc, store, calls } = watch(new Y.Doc());
    expect(store.getStructure().stepIds).toEqual([]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source), 'relay');
    expect(calls).toEqual({ structure: 1, curve: 1 });
    // What the listeners read is the whole board, not the state after the first collection's observer.
    const fresh = new BoardStore(source);
    stores.push(fresh);
    expect(store.getStructure().stepIds).toEqual(fresh.getStructure().stepIds);
    expect(store.getLayout().rows.map((row) => row.key)).toEqual(
      fresh.getLayout().rows.map((row) => row.key),
    );
    expect(store.getCurve()).toEqual(fresh.getCurve());
  });

  it('stops listening when disposed', () => {
    const { doc, store, calls } = open();
    store.dispose();
    moveStep(doc, 'ob-step-01', { index: 2 }, ORIGIN);
    expect(calls.structure).toBe(0);
  });
});
