import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeAll } from './merge-updates';
import { diffSections } from './section-diff';
import { readSections } from './update-sections';

function docOf(...updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

const describeDoc = (doc: Y.Doc) => ({
  text: doc.getText('text').toDelta(),
  list: doc.getArray('list').toJSON(),
  map: doc.getMap('map').toJSON(),
  snapshot: Buffer.from(Y.encodeSnapshot(Y.snapshot(doc))).toString('base64'),
  pending: doc.store.pendingStructs !== null,
});

function diffOf(state: Uint8Array, stateVector: Uint8Array): Uint8Array | null {
  const sections = readSections([state]);
  if (!sections) throw new Error('state not read');
  return diffSections(sections, Y.decodeStateVector(stateVector));
}

const edit = fc.record({
  writer: fc.nat(2),
  kind: fc.nat(5),
  at: fc.nat(100),
  text: fc.string({ maxLength: 4 }),
});

/** Updates of three writers (syncing now and then): text typed and deleted, list and map edits. */
function history(edits: readonly { writer: number; kind: number; at: number; text: string }[]): Uint8Array[] {
  const writers = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  const updates: Uint8Array[] = [];
  for (const writer of writers) {
    writer.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'sync') updates.push(update);
    });
  }
  for (const { writer, kind, at, text } of edits) {
    const doc = writers[writer]!;
    const root = doc.getText('text');
    const list = doc.getArray<unknown>('list');
    if (kind === 0) root.insert(at % (root.length + 1), text || 'x');
    else if (kind === 1 && root.length > 0) root.delete(at % root.length, 1);
    else if (kind === 2) list.push([at, { text }]);
    else if (kind === 3 && list.length > 0) list.delete(at % list.length, 1);
    else doc.getMap('map').set(`k${at % 3}`, text);
    if (at % 4 === 0) {
      const state = Y.mergeUpdates(writers.map((other) => Y.encodeStateAsUpdate(other)));
      for (const other of writers) Y.applyUpdate(other, state, 'sync');
    }
  }
  return updates;
}

describe('diffSections against Y.diffUpdate', () => {
  it('brings a peer at any point of the history to the same document', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), fc.nat(100), (edits, cut) => {
        const updates = history(edits);
        const split = Math.floor((cut / 100) * updates.length);
        // The state as a room merges it and as a document encodes it (structs joined: a peer's clock
        // may then fall inside one, which is left to Yjs).
        for (const state of [mergeAll(updates), Y.encodeStateAsUpdate(docOf(...updates))]) {
          const peerUpdates = updates.slice(0, split);
          const stateVector = Y.encodeStateVector(docOf(...peerUpdates));
          const diff = diffOf(state, stateVector);
          if (state !== updates[0] && split === 0) expect(diff).not.toBeNull();
          if (!diff) continue;
          const ours = docOf(...peerUpdates, diff);
          const theirs = docOf(...peerUpdates, Y.diffUpdate(state, stateVector));
          expect(describeDoc(ours)).toEqual(describeDoc(theirs));
          expect(describeDoc(ours)).toEqual(describeDoc(docOf(...updates)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('always answers from a merged room state (its structs are never joined)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), fc.nat(100), (edits, cut) => {
        const updates = history(edits);
        const peerUpdates = updates.slice(0, Math.floor((cut / 100) * updates.length));
        const state = mergeAll(updates);
        const stateVector = Y.encodeStateVector(docOf(...peerUpdates));
        const diff = diffOf(state, stateVector);
        expect(diff).not.toBeNull();
        expect(describeDoc(docOf(...peerUpdates, diff!))).toEqual(describeDoc(docOf(...updates)));
      }),
      { numRuns: 100 },
    );
  });

  it('sends only what the peer lacks, with every deletion', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let index = 0; index < 10; index++) doc.getArray('list').push([index]);
    doc.getArray('list').delete(0, 2);
    const state = mergeAll(updates);
    const peer = docOf(...updates.slice(0, 6));
    const diff = diffOf(state, Y.encodeStateVector(peer))!;
    const decoded = Y.decodeUpdate(diff);
    expect(decoded.structs.map((struct) => struct.id.clock)).toEqual([6, 7, 8, 9]);
    expect(decoded.ds.clients.get(doc.clientID)).toEqual(Y.decodeUpdate(state).ds.clients.get(doc.clientID));
    // A peer with everything gets no structs; one with nothing gets the whole state.
    expect(Y.decodeUpdate(diffOf(state, Y.encodeStateVector(doc))!).structs).toHaveLength(0);
    expect(diffOf(state, Y.encodeStateVector(new Y.Doc()))).toEqual(state);
  });

  it('leaves a clock inside a struct to Yjs', () => {
    const doc = new Y.Doc();
    const typed: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => typed.push(update));
    for (const char of 'hello') doc.getText('text').insert(doc.getText('text').length, char);
    // A document joins the typed characters into one struct: clock 2 is inside it.
    const state = Y.encodeStateAsUpdate(doc);
    expect(Y.decodeUpdate(state).structs).toHaveLength(1);
    expect(diffOf(state, Y.encodeStateVector(docOf(...typed.slice(0, 2))))).toBeNull();
    expect(diffOf(mergeAll(typed), Y.encodeStateVector(docOf(...typed.slice(0, 2))))).not.toBeNull();
  });
});
