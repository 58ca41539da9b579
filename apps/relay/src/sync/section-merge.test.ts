import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeAll } from './merge-updates';
import { joinRanges, mergeSections, varUintSize, writeVarUint } from './section-merge';

/** Everything a document holds that a merge could get wrong: content, state vector, deletions. */
function describeDoc(doc: Y.Doc) {
  return {
    text: doc.getText('text').toDelta(),
    list: doc.getArray('list').toJSON(),
    map: doc.getMap('map').toJSON(),
    xml: doc.getXmlFragment('xml').toString(),
    // The state vector and the delete set, as Yjs itself encodes them (sorted, ranges joined).
    snapshot: Buffer.from(Y.encodeSnapshot(Y.snapshot(doc))).toString('base64'),
    pending: doc.store.pendingStructs ? [...doc.store.pendingStructs.missing] : [],
    pendingDs: doc.store.pendingDs !== null,
  };
}

function docOf(...updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** One random edit of one writer, on every kind of shared type (nested ones included). */
const edit = fc.record({
  writer: fc.nat(3),
  kind: fc.nat(12),
  at: fc.nat(1000),
  count: fc.integer({ min: 1, max: 4 }),
  text: fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })),
  sync: fc.nat(5),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(doc: Y.Doc, { kind, at, count, text }: Edit): void {
  const list = doc.getArray<unknown>('list');
  const map = doc.getMap<unknown>('map');
  const root = doc.getText('text');
  switch (kind) {
    case 0:
      root.insert(at % (root.length + 1), text);
      break;
    case 1:
      if (root.length > 0) root.delete(at % root.length, Math.min(count, root.length - (at % root.length)));
      break;
    case 2:
      if (root.length > 0) root.format(at % root.length, 1, { bold: at % 2 === 0 ? true : null });
      break;
    case 3:
      list.insert(
        at % (list.length + 1),
        Array.from({ length: count }, (_, index) => at + index),
      );
      break;
    case 4:
      if (list.length > 0) list.delete(at % list.length, Math.min(count, list.length - (at % list.length)));
      break;
    case 5:
      map.set(`k${at % 4}`, { at, text, nested: [at, null, true, 1.5] });
      break;
    case 6:
      map.delete(`k${at % 4}`);
      break;
    case 7: {
      const nested = new Y.Map<unknown>();
      nested.set('title', text);
      list.push([nested]);
      break;
    }
    case 8: {
      const nested = list.toArray().find((value): value is Y.Map<unknown> => value instanceof Y.Map);
      if (nested) nested.set('title', `${text}${at}`);
      else map.set(`t${at % 3}`, new Y.Text(text));
      break;
    }
    case 9: {
      const nested = map.get(`t${at % 3}`);
      if (nested instanceof Y.Text) nested.insert(at % (nested.length + 1), text);
      else map.set(`bin${at % 2}`, new Uint8Array([at % 256, count]));
      break;
    }
    case 10: {
      const element = new Y.XmlElement(`p${at % 3}`);
      element.setAttribute('data-at', String(at));
      element.insert(0, [new Y.XmlText(text)]);
      doc.getXmlFragment('xml').insert(0, [element]);
      break;
    }
    case 11:
      list.insert(at % (list.length + 1), [new Uint8Array([count]), `${text}`, { deep: { at } }]);
      break;
    default: {
      const xml = doc.getXmlFragment('xml');
      if (xml.length > 0) xml.delete(0, 1);
      else root.insert(0, text, { italic: true });
    }
  }
}

/** Every update each writer emits for its own edits, in order, writers syncing now and then. */
function history(edits: readonly Edit[]): { updates: Uint8Array[]; writers: Y.Doc[] } {
  const writers = [new Y.Doc(), new Y.Doc(), new Y.Doc(), new Y.Doc()];
  const updates: Uint8Array[] = [];
  for (const writer of writers) {
    writer.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'sync') updates.push(update);
    });
  }
  for (const step of edits) {
    const doc = writers[step.writer]!;
    apply(doc, step);
    // Syncing makes later edits depend on others' earlier ones, as in a workshop.
    if (step.sync === 0) {
      const state = Y.mergeUpdates(writers.map((other) => Y.encodeStateAsUpdate(other)));
      for (const other of writers) Y.applyUpdate(other, state, 'sync');
    }
  }
  return { updates, writers };
}

/** A shuffle driven by one seed (fast-check shrinks the seed with the rest). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let random = seed;
  const next = () => {
    random = (random * 1_103_515_245 + 12_345) % 2_147_483_648;
    return random / 2_147_483_648;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** The same document from `merged` as from Yjs's merge of `parts`, before and after the rest arrives. */
function expectSameAsYjs(
  parts: readonly Uint8Array[],
  merged: Uint8Array,
  everything: readonly Uint8Array[],
) {
  const ours = docOf(merged);
  const theirs = docOf(Y.mergeUpdates(parts as Uint8Array[]));
  expect(describeDoc(ours)).toEqual(describeDoc(theirs));
  for (const update of everything) {
    Y.applyUpdate(ours, update);
    Y.applyUpdate(theirs, update);
  }
  expect(describeDoc(ours)).toEqual(describeDoc(theirs));
}

describe('mergeSections against Y.mergeUpdates', () => {
  it('gives the same document for random multi-writer histories, in order, as snapshot + log, shuffled, repeated', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(100),
        (edits, seed, cut) => {
          const { updates } = history(edits);
          const inOrder = mergeSections(updates);
          // Each writer's updates continue its clock: in the order emitted, they always follow on.
          expect(inOrder).not.toBeNull();
          expectSameAsYjs(updates, inOrder!, updates);
          // A snapshot of a prefix (as compaction stores it) and the log after it.
          const split = Math.floor((cut / 100) * updates.length);
          const snapshot = Y.encodeStateAsUpdate(docOf(...updates.slice(0, split)));
          const stored = [snapshot, ...updates.slice(split)];
          const fromSnapshot = mergeSections(stored);
          if (docOf(snapshot).store.pendingStructs === null) expect(fromSnapshot).not.toBeNull();
          if (fromSnapshot) expectSameAsYjs(stored, fromSnapshot, updates);
          // Shuffled, complete: each client's parts are put back in clock order, still laid end to end.
          const outOfOrder = shuffled(updates, seed);
          const fromShuffled = mergeSections(outOfOrder);
          expect(fromShuffled).not.toBeNull();
          expectSameAsYjs(outOfOrder, fromShuffled!, updates);
          // The very first update missing: its writer's later parts still follow on (from a later clock),
          // and both merges leave the same structs pending until it arrives.
          if (updates.length > 1) {
            const withoutFirst = updates.slice(1);
            const fromRest = mergeSections(withoutFirst);
            expect(fromRest).not.toBeNull();
            expectSameAsYjs(withoutFirst, fromRest!, updates);
          }
          // Shuffled, with some parts repeated and some missing: merged or left to Yjs, never wrong.
          const mixed = shuffled([...updates, ...updates.filter((_, index) => index % 3 === seed % 3)], seed);
          const delivered = mixed.slice(0, Math.max(1, mixed.length - (seed % 3)));
          const fromMixed = mergeSections(delivered);
          if (fromMixed) expectSameAsYjs(delivered, fromMixed, updates);
          expectSameAsYjs(delivered, mergeAll(delivered), updates);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('merges what Yjs merged before (a merge of merges)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 2, maxLength: 30 }), fc.nat(), (edits, seed) => {
        const { updates } = history(edits);
        const middle = 1 + (seed % (updates.length - 1 || 1));
        const parts = [Y.mergeUpdates(updates.slice(0, middle)), mergeAll(updates.slice(middle))];
        const merged = mergeSections(parts);
        expect(merged).not.toBeNull();
        expectSameAsYjs(parts, merged!, updates);
      }),
      { numRuns: 100 },
    );
  });

  it('writes clients in descending order, as Yjs does', () => {
    const { updates } = history([
      { writer: 0, kind: 0, at: 0, count: 1, text: 'a', sync: 1 },
      { writer: 1, kind: 3, at: 0, count: 2, text: '', sync: 1 },
      { writer: 2, kind: 5, at: 1, count: 1, text: 'b', sync: 1 },
    ]);
    const clients = Y.decodeUpdate(mergeSections(updates)!).structs.map((struct) => struct.id.client);
    const yjsClients = Y.decodeUpdate(Y.mergeUpdates(updates)).structs.map((struct) => struct.id.client);
    expect(new Set(clients).size).toBe(3);
    expect(clients).toEqual(yjsClients);
  });

  it('leaves overlapping, repeated and gapped parts to Yjs', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let index = 0; index < 4; index++) doc.getArray('list').push([index]);
    expect(mergeSections([updates[0]!, updates[0]!])).toBeNull();
    expect(mergeSections([updates[0]!, updates[2]!])).toBeNull();
    expect(mergeSections([Y.mergeUpdates(updates.slice(0, 3)), updates[1]!])).toBeNull();
    // Yjs merges a gap into a Skip struct: that part is left to Yjs too.
    const withSkip = Y.mergeUpdates([updates[0]!, updates[2]!]);
    expect(mergeSections([withSkip, updates[3]!])).toBeNull();
    expect(mergeSections([updates[0]!, updates[1]!, updates[2]!, updates[3]!])).not.toBeNull();
  });

  it('leaves anything that is not a v1 update to Yjs', () => {
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'hello');
    const v1 = Y.encodeStateAsUpdate(doc);
    const v2 = Y.encodeStateAsUpdateV2(doc);
    expect(mergeSections([v1, v2])).toBeNull();
    expect(mergeSections([v1, v1.subarray(0, v1.byteLength - 1)])).toBeNull();
    expect(mergeSections([v1, new Uint8Array([...v1, 0])])).toBeNull();
    expect(mergeSections([new Uint8Array([0, 0]), v1])).toEqual(v1);
  });
});

describe('joinRanges', () => {
  it('sorts, joins overlapping and touching ranges, drops empty ones', () => {
    expect(joinRanges([10, 2, 0, 3, 3, 1, 5, 0, 11, 4, 20, 1])).toEqual([0, 4, 10, 5, 20, 1]);
    expect(joinRanges([])).toEqual([]);
  });

  it('covers exactly the clocks of its input', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(60), fc.nat(6))), (pairs) => {
        const joined = joinRanges(pairs.flat());
        const covered = (ranges: readonly number[]) => {
          const clocks = new Set<number>();
          for (let at = 0; at < ranges.length; at += 2)
            for (let clock = ranges[at]!; clock < ranges[at]! + ranges[at + 1]!; clock++) clocks.add(clock);
          return [...clocks].sort((a, b) => a - b);
        };
        expect(covered(joined)).toEqual(covered(pairs.flat()));
        // Sorted and separated by at least one clock.
        for (let at = 2; at < joined.length; at += 2)
          expect(joined[at]!).toBeGreaterThan(joined[at - 2]! + joined[at - 1]!);
      }),
    );
  });
});

describe('varuints', () => {
  it('writes what lib0 reads, in the size it predicts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(300), fc.nat(), fc.maxSafeNat()), (value) => {
        const out = new Uint8Array(10);
        const end = writeVarUint(out, 0, value);
        expect(end).toBe(varUintSize(value));
        expect(Y.decodeStateVector(new Uint8Array([1, ...out.subarray(0, end), 0])).get(value)).toBe(0);
      }),
    );
  });
});
