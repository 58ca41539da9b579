import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomState } from './room-state';

/** A document of a few hundred map entries and some text: well over the size worth deflating. */
function bigDoc(): Y.Doc {
  const doc = new Y.Doc();
  const map = doc.getMap('map');
  for (let index = 0; index < 400; index++) map.set(`key-${index}`, `value ${index} of the resting test`);
  doc.getText('text').insert(0, 'a board at rest '.repeat(50));
  return doc;
}

function updatesOf(doc: Y.Doc, edit: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  edit();
  doc.off('update', record);
  return updates;
}

const contentOf = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return { map: doc.getMap('map').toJSON(), text: doc.getText('text').toString() };
};

describe('RoomState at rest', () => {
  it('deflates the merged state once unused, and gives back the same bytes when needed', () => {
    const snapshot = Y.encodeStateAsUpdate(bigDoc());
    const state = RoomState.fromStored(snapshot, []);
    expect(state.rest(0)).toBe(true);
    expect(state.resting).toBe(true);
    expect(state.byteLength).toBe(snapshot.byteLength);
    expect(state.encodeState()).toEqual(snapshot);
    expect(state.resting).toBe(false);
  });

  it('does not rest before the idle time, nor a small state', () => {
    const snapshot = Y.encodeStateAsUpdate(bigDoc());
    const state = RoomState.fromStored(snapshot, []);
    expect(state.rest(60_000)).toBe(false);
    const small = new Y.Doc();
    small.getMap('map').set('a', 1);
    expect(RoomState.fromStored(Y.encodeStateAsUpdate(small), []).rest(0)).toBe(false);
  });

  it('wakes when its bytes are needed, and rests again only after the idle time', () => {
    const snapshot = Y.encodeStateAsUpdate(bigDoc());
    const state = RoomState.fromStored(snapshot, []);
    expect(state.rest(0)).toBe(true);
    expect(state.encodeDiff(Y.encodeStateVector(new Y.Doc()))).toEqual(snapshot);
    expect(state.resting).toBe(false);
    expect(state.rest(60_000)).toBe(false);
    expect(state.rest(0)).toBe(true);
  });

  it('takes writes at rest, answers peers and compacts the same as awake', () => {
    const doc = bigDoc();
    const snapshot = Y.encodeStateAsUpdate(doc);
    const state = RoomState.fromStored(snapshot, []);
    state.encodeStateVector();
    expect(state.rest(0)).toBe(true);
    const before = Y.encodeStateVector(doc);
    const [edit] = updatesOf(doc, () => doc.getMap('map').set('key-3', 'renamed at rest'));
    expect(state.apply(edit!).kind).toBe('accepted');
    // A write is judged and appended without waking the state.
    expect(state.resting).toBe(true);
    expect(contentOf(state.encodeDiff(before))).toEqual(contentOf(edit!));
    const input = state.partsToCompact({ collect: false });
    expect(input.parts.every((part) => part.byteLength > 0)).toBe(true);
    expect(contentOf(Y.mergeUpdates([...input.parts]))).toEqual(contentOf(Y.encodeStateAsUpdate(doc)));
  });

  it('whatever the order of writes, joins and rests, holds what a document holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('write'), fc.constant('join'), fc.constant('rest')), {
          maxLength: 25,
        }),
        (steps) => {
          const doc = bigDoc();
          const state = RoomState.fromStored(Y.encodeStateAsUpdate(doc), []);
          let count = 0;
          for (const step of steps) {
            if (step === 'rest') state.rest(0);
            else if (step === 'join') {
              expect(contentOf(state.encodeDiff(Y.encodeStateVector(new Y.Doc())))).toEqual(
                contentOf(Y.encodeStateAsUpdate(doc)),
              );
            } else {
              const [edit] = updatesOf(doc, () => doc.getMap('map').set(`key-${count++}`, count));
              expect(state.apply(edit!).kind).toBe('accepted');
            }
          }
          expect(contentOf(state.encodeState())).toEqual(contentOf(Y.encodeStateAsUpdate(doc)));
          expect(Y.decodeStateVector(state.encodeStateVector())).toEqual(
            Y.decodeStateVector(Y.encodeStateVector(doc)),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
