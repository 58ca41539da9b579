import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeAll } from './merge-updates';
import { InvalidUpdateError, RoomState } from './room-state';

/** Every update a document emits while `edit` runs. */
function recording(doc: Y.Doc, edit: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  edit();
  doc.off('update', record);
  return updates;
}

function docOf(...updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

const contentOf = (doc: Y.Doc) => ({
  map: doc.getMap('map').toJSON(),
  list: doc.getArray('list').toJSON(),
  text: doc.getText('text').toString(),
});

describe('RoomState', () => {
  it('answers a fresh client with the stored snapshot bytes, untouched', () => {
    const doc = new Y.Doc();
    doc.getMap('map').set('a', 1);
    const snapshot = Y.encodeStateAsUpdate(doc);
    const state = RoomState.fromStored(snapshot, []);
    expect(state.encodeDiff(Y.encodeStateVector(new Y.Doc()))).toBe(snapshot);
    expect(state.byteLength).toBe(snapshot.byteLength);
  });

  it('merges a snapshot and its log into the same document', () => {
    const doc = new Y.Doc();
    doc.getMap('map').set('a', 1);
    const snapshot = Y.encodeStateAsUpdate(doc);
    const log = recording(doc, () => {
      for (let index = 0; index < 100; index++) doc.getArray('list').push([index]);
      doc.getMap('map').delete('a');
      doc.getText('text').insert(0, 'hello');
    });
    const state = RoomState.fromStored(snapshot, log);
    expect(contentOf(docOf(state.encodeState()))).toEqual(contentOf(doc));
    expect(Y.decodeStateVector(state.encodeStateVector())).toEqual(
      Y.decodeStateVector(Y.encodeStateVector(doc)),
    );
  });

  it('recognises what it already holds: repeated updates and a reconnecting client’s sync step 2', () => {
    const writer = new Y.Doc();
    const [first] = recording(writer, () => writer.getMap('map').set('a', 1));
    const [removal] = recording(writer, () => writer.getMap('map').delete('a'));
    const state = RoomState.fromStored(null, []);
    expect(state.apply(first!).kind).toBe('accepted');
    expect(state.apply(first!).kind).toBe('noop');
    expect(state.apply(removal!).kind).toBe('accepted');
    expect(state.apply(removal!).kind).toBe('noop');
    // What a stock client sends after our sync step 1: everything we lack (nothing) and all its deletions.
    const stepTwo = Y.encodeStateAsUpdate(writer, state.encodeStateVector());
    expect(state.apply(stepTwo).kind).toBe('noop');
  });

  it('stores only what is new: known structs and known deletions are left out', () => {
    const writer = new Y.Doc();
    const [first] = recording(writer, () => writer.getArray('list').push(['a', 'b']));
    const state = RoomState.fromStored(first!, []);
    const [removal] = recording(writer, () => writer.getArray('list').delete(0, 1));
    // The whole state again (known structs, one new deletion): only the deletion is new.
    const outcome = state.apply(Y.encodeStateAsUpdate(writer));
    if (outcome.kind !== 'accepted') throw new Error(`expected accepted, got ${outcome.kind}`);
    expect(Y.decodeUpdate(outcome.update).structs).toHaveLength(0);
    expect(outcome.update.byteLength).toBeLessThanOrEqual(removal!.byteLength);
    // New structs together with known ones: the known ones are dropped.
    const [added] = recording(writer, () => writer.getArray('list').push(['c']));
    const both = Y.mergeUpdates([first!, added!]);
    const stored = state.apply(both);
    if (stored.kind !== 'accepted') throw new Error(`expected accepted, got ${stored.kind}`);
    expect(Y.decodeUpdate(stored.update).structs.every((struct) => struct.id.clock >= 2)).toBe(true);
    expect(contentOf(docOf(state.encodeState()))).toEqual(contentOf(writer));
  });

  it('answers a client that has everything with the deletions alone, and a lagging one with what it lacks', () => {
    const writer = new Y.Doc();
    const log = recording(writer, () => {
      writer.getArray('list').push([1, 2, 3]);
      writer.getArray('list').delete(1, 1);
    });
    const state = RoomState.fromStored(null, log);
    const upToDate = docOf(...log);
    const answer = state.encodeDiff(Y.encodeStateVector(upToDate));
    expect(Y.decodeUpdate(answer).structs).toHaveLength(0);
    expect(answer).toEqual(Y.encodeStateAsUpdate(writer, Y.encodeStateVector(upToDate)));
    const lagging = docOf(log[0]!);
    Y.applyUpdate(lagging, state.encodeDiff(Y.encodeStateVector(lagging)));
    expect(contentOf(lagging)).toEqual(contentOf(writer));
  });

  it('holds updates whose dependencies are missing and reports it until they arrive', () => {
    const writer = new Y.Doc();
    const [first, second] = recording(writer, () => {
      writer.getArray('list').push(['a']);
      writer.getArray('list').push(['b']);
    });
    const state = RoomState.fromStored(null, []);
    const early = state.apply(second!);
    expect(early).toMatchObject({ kind: 'accepted', missing: true });
    expect(state.missingSomething).toBe(true);
    expect(Y.decodeStateVector(state.encodeStateVector()).size).toBe(0);
    expect(state.apply(first!)).toMatchObject({ kind: 'accepted', missing: false });
    expect(Y.decodeStateVector(state.encodeStateVector()).get(writer.clientID)).toBe(2);
    expect(contentOf(docOf(state.encodeState()))).toEqual(contentOf(writer));
  });

  it('rejects anything that is not a complete Yjs update and stays unchanged', () => {
    const writer = new Y.Doc();
    const [update] = recording(writer, () => writer.getMap('map').set('key', 'a longer value'));
    const state = RoomState.fromStored(null, []);
    for (let length = 0; length < update!.byteLength; length++) {
      expect(() => state.apply(update!.slice(0, length))).toThrow(InvalidUpdateError);
    }
    expect(() => state.apply(new Uint8Array([1, 255, 255, 255, 255, 15, 7]))).toThrow(InvalidUpdateError);
    expect(state.byteLength).toBe(0);
    expect(state.apply(update!).kind).toBe('accepted');
  });

  it('collects deleted content like a Y.Doc, keeping the same document', () => {
    const writer = new Y.Doc();
    const log = recording(writer, () => {
      for (let index = 0; index < 50; index++)
        writer.getMap('map').set('title', `a long title, version ${index}`);
    });
    const state = RoomState.fromStored(null, log);
    const merged = state.encodeState().byteLength;
    const collected = state.encodeCollected();
    expect(collected.byteLength).toBeLessThan(merged / 2);
    expect(contentOf(docOf(collected))).toEqual(contentOf(writer));
    expect(state.apply(log[10]!).kind).toBe('noop');
  });

  it('takes a merge done elsewhere in place of the parts it started from, keeping later ones', () => {
    const writer = new Y.Doc();
    const log = recording(writer, () => {
      for (let index = 0; index < 10; index++) writer.getArray('list').push([index]);
    });
    const state = RoomState.fromStored(null, log.slice(0, 6));
    const input = state.partsToCompact({ collect: false });
    expect(input.parts).toHaveLength(6);
    for (const update of log.slice(6)) state.apply(update);
    state.adoptCompacted(input, mergeAll(input.parts));
    expect(state.byteLength).toBe(
      mergeAll(input.parts).byteLength + log.slice(6).reduce((sum, u) => sum + u.byteLength, 0),
    );
    expect(contentOf(docOf(state.encodeState()))).toEqual(contentOf(writer));
    // Merged here meanwhile: the late result is not taken (it would drop what followed it).
    const late = state.partsToCompact({ collect: false });
    state.apply(recording(writer, () => writer.getArray('list').push(['late']))[0]!);
    state.encodeState();
    state.adoptCompacted(late, mergeAll(late.parts));
    expect(contentOf(docOf(state.encodeState()))).toEqual(contentOf(writer));
  });

  it('asks to drop deleted content on unload only once the state has grown by a quarter', () => {
    const writer = new Y.Doc();
    writer.getMap('map').set('a', 'first value');
    const state = RoomState.fromStored(Y.encodeStateAsUpdate(writer), []);
    expect(state.partsToCompact({ collect: true }).collect).toBe(false);
    for (let index = 0; index < 40; index++) {
      state.apply(recording(writer, () => writer.getMap('map').set('a', `value ${index}`))[0]!);
    }
    expect(state.partsToCompact({ collect: false }).collect).toBe(false);
    expect(state.partsToCompact({ collect: true }).collect).toBe(true);
    state.encodeCollected();
    expect(state.partsToCompact({ collect: true }).collect).toBe(false);
  });

  it('merges thousands of updates in groups to the same result', () => {
    const writer = new Y.Doc();
    const log = recording(writer, () => {
      for (let index = 0; index < 2000; index++) writer.getArray('list').push([index]);
    });
    expect(contentOf(docOf(mergeAll(log)))).toEqual(contentOf(writer));
  });

  it('converges with the writers whatever the order, repetition and loss of the updates', () => {
    const operation = fc.record({
      writer: fc.nat(2),
      kind: fc.constantFrom('set', 'delete', 'push', 'remove', 'type'),
      key: fc.constantFrom('a', 'b', 'c'),
      value: fc.nat(100),
    });
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 30 }), fc.nat(), (operations, seed) => {
        const writers = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
        const sent: Uint8Array[] = [];
        for (const { writer, kind, key, value } of operations) {
          const doc = writers[writer]!;
          sent.push(
            ...recording(doc, () => {
              const list = doc.getArray<number>('list');
              if (kind === 'set') doc.getMap('map').set(key, value);
              else if (kind === 'delete') doc.getMap('map').delete(key);
              else if (kind === 'push') list.insert(value % (list.length + 1), [value]);
              else if (kind === 'remove' && list.length > 0) list.delete(value % list.length, 1);
              else doc.getText('text').insert(0, String(value));
            }),
          );
          // Writers sync now and then, so later updates depend on others' earlier ones.
          if (value % 3 === 0) {
            const state = Y.mergeUpdates(writers.map((other) => Y.encodeStateAsUpdate(other)));
            for (const other of writers) Y.applyUpdate(other, state);
          }
        }
        // Shuffled and partly repeated; the store also keeps the order it accepted them in.
        let random = seed;
        const next = () => {
          random = (random * 1_103_515_245 + 12_345) % 2_147_483_648;
          return random / 2_147_483_648;
        };
        const delivered = [...sent, ...sent.filter(() => next() < 0.3)].sort(() => next() - 0.5);
        const state = RoomState.fromStored(null, []);
        // The reference applies the updates in the order they were made: a plain Y.Doc fed the shuffled
        // updates can keep some pending for good (Yjs 13.6), which the room state must not do.
        const reference = docOf(...sent);
        const broadcast: Uint8Array[] = [];
        for (const update of delivered) {
          const outcome = state.apply(update);
          if (outcome.kind === 'accepted') broadcast.push(outcome.update);
        }
        Y.applyUpdate(writers[0]!, Y.mergeUpdates(writers.map((other) => Y.encodeStateAsUpdate(other))));
        const everything = contentOf(writers[0]!);
        expect(contentOf(reference)).toEqual(everything);
        // The merged state, the broadcast updates and a reload from them all give the writers' document.
        expect(contentOf(docOf(state.encodeState()))).toEqual(everything);
        // Merged, since a Y.Doc fed them one by one in this shuffled order may keep some pending.
        expect(contentOf(docOf(Y.mergeUpdates(broadcast)))).toEqual(everything);
        const reloaded = RoomState.fromStored(null, broadcast);
        expect(contentOf(docOf(reloaded.encodeState()))).toEqual(everything);
        expect(state.missingSomething).toBe(false);
        expect(Y.decodeStateVector(state.encodeStateVector())).toEqual(
          Y.decodeStateVector(Y.encodeStateVector(reference)),
        );
        // Everything again changes nothing.
        for (const update of sent) expect(state.apply(update).kind).toBe('noop');
        // A document's own deletions also hold the losers of concurrent writes to one map key, which it
        // derives itself and no update carries: learnt once (deletions only), then known.
        const full = state.apply(Y.encodeStateAsUpdate(reference));
        if (full.kind === 'accepted') expect(Y.decodeUpdate(full.update).structs).toHaveLength(0);
        expect(state.apply(Y.encodeStateAsUpdate(reference)).kind).toBe('noop');
      }),
      {
        numRuns: 150,
        // Found by CI: a shuffled, repeated delivery a plain Y.Doc leaves pending.
        examples: [
          [
            [
              { writer: 0, kind: 'set', key: 'a', value: 0 },
              { writer: 0, kind: 'set', key: 'a', value: 0 },
              { writer: 1, kind: 'type', key: 'a', value: 0 },
              { writer: 0, kind: 'type', key: 'a', value: 0 },
              { writer: 0, kind: 'set', key: 'a', value: 0 },
              { writer: 0, kind: 'set', key: 'a', value: 0 },
              { writer: 1, kind: 'set', key: 'a', value: 0 },
              { writer: 1, kind: 'set', key: 'a', value: 0 },
              { writer: 0, kind: 'set', key: 'a', value: 0 },
            ],
            1940221708,
          ],
        ],
      },
    );
  });
  it('knows what it holds the same way after a merge as after reading the parts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ writer: fc.nat(2), value: fc.nat(50) }), { minLength: 2, maxLength: 40 }),
        fc.nat(100),
        (operations, cut) => {
          const writers = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
          const sent: Uint8Array[] = [];
          for (const { writer, value } of operations) {
            const doc = writers[writer]!;
            sent.push(
              ...recording(doc, () => {
                if (value % 4 === 0) doc.getMap('map').delete(`k${value % 3}`);
                else if (value % 4 === 1 && doc.getArray('list').length > 0)
                  doc.getArray('list').delete(0, 1);
                else if (value % 4 === 2) doc.getText('text').insert(0, `é${value}`);
                else doc.getMap('map').set(`k${value % 3}`, value);
                doc.getArray('list').push([value]);
              }),
            );
            if (value % 5 === 0) {
              const state = Y.mergeUpdates(writers.map((other) => Y.encodeStateAsUpdate(other)));
              for (const other of writers) Y.applyUpdate(other, state);
            }
          }
          const split = Math.floor((cut / 100) * sent.length);
          const snapshot = Y.encodeStateAsUpdate(docOf(...sent.slice(0, split)));
          const merged = RoomState.fromStored(snapshot, sent.slice(split));
          const read = RoomState.fromStored(snapshot, sent.slice(split));
          // A fresh client first: the merge, then the state vector from what the merge knew.
          merged.encodeDiff(Y.encodeStateVector(new Y.Doc()));
          const reference = docOf(...sent);
          expect(merged.encodeStateVector()).toEqual(read.encodeStateVector());
          expect(Y.decodeStateVector(merged.encodeStateVector())).toEqual(
            Y.decodeStateVector(Y.encodeStateVector(reference)),
          );
          expect(merged.missingSomething).toBe(false);
          // The deletions it knows answer a client that has everything, as the reading state does.
          const everything = Y.encodeStateVector(reference);
          expect(merged.encodeDiff(everything)).toEqual(read.encodeDiff(everything));
          // A peer that lacks part of it (sections copied from where it stands, or Yjs's diff).
          const behind = sent.slice(0, Math.floor(split / 2));
          const answer = merged.encodeDiff(Y.encodeStateVector(docOf(...behind)));
          expect(contentOf(docOf(...behind, answer))).toEqual(contentOf(reference));
          for (const update of sent) expect(merged.apply(update).kind).toBe('noop');
        },
      ),
      { numRuns: 100 },
    );
  });
});
