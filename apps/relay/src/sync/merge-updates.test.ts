import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EMPTY_UPDATE, type MergeShape, mergeAll, mergeWithYjs, planRuns } from './merge-updates';
import { mergeSections } from './section-merge';

/** A document edited by two clients in turn, one update per edit, with deletions. */
function edits(count: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const other = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let index = 0; index < count; index++) {
    const writer = index % 3 === 0 ? other : doc;
    if (writer === other) Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)));
    writer.getMap('map').set('title', `title number ${index}`);
    writer.getArray('list').push([index]);
    if (index % 5 === 4) writer.getArray('list').delete(0, 1);
    if (writer === other) Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
  }
  other.destroy();
  return { doc, updates };
}

function contentOf(update: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const content = { map: doc.getMap('map').toJSON(), list: doc.getArray('list').toJSON() };
  doc.destroy();
  return content;
}

const small: MergeShape = { group: 4, fanIn: 5, largePart: 400 };

describe('planRuns', () => {
  it('cuts small parts into runs of at most `group`, in order', () => {
    expect(planRuns([1, 1, 1, 1, 1, 1, 1, 1, 1], small)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8]]);
  });

  it('lets a large part through alone, ending the run before it', () => {
    expect(planRuns([1000, 1, 1, 500, 1, 1, 1, 1, 1], small)).toEqual([[0], [1, 2], [3], [4, 5, 6, 7], [8]]);
  });

  it('plans nothing for no parts', () => {
    expect(planRuns([], small)).toEqual([]);
  });
});

describe('mergeAll', () => {
  it('merges nothing into the empty update and one part into itself', () => {
    expect(mergeAll([])).toBe(EMPTY_UPDATE);
    expect(mergeWithYjs([])).toBe(EMPTY_UPDATE);
    const { updates } = edits(1);
    expect(mergeAll([updates[0]!])).toBe(updates[0]);
  });

  it('lays parts that follow on end to end: the same document as Yjs, without Yjs', () => {
    const { doc, updates } = edits(60);
    const merged = mergeAll(updates);
    expect(merged).toEqual(mergeSections(updates));
    expect(contentOf(merged)).toEqual(contentOf(Y.mergeUpdates(updates)));
    expect(contentOf(merged)).toEqual(contentOf(Y.encodeStateAsUpdate(doc)));
  });

  it('leaves parts that do not follow on to Yjs (a gap)', () => {
    const { updates } = edits(10);
    const parts = [...updates.slice(0, 4), ...updates.slice(5)];
    expect(mergeSections(parts)).toBeNull();
    expect(mergeAll(parts)).toEqual(Y.mergeUpdates(parts));
  });
});

describe('mergeWithYjs', () => {
  it('gives the same bytes as one merge of everything, whatever the shape', () => {
    const { doc, updates } = edits(60);
    const once = Y.mergeUpdates(updates);
    // 60 parts in runs of 4: 15 runs, past a fan-in of 5, so it merges in levels.
    expect(mergeWithYjs(updates, small)).toEqual(once);
    expect(mergeWithYjs(updates, { group: 8, fanIn: 100, largePart: 1 << 20 })).toEqual(once);
    expect(mergeWithYjs(updates)).toEqual(once);
    expect(contentOf(once)).toEqual(contentOf(Y.encodeStateAsUpdate(doc)));
  });

  it('merges a snapshot and the log after it into the whole document', () => {
    const { doc, updates } = edits(80);
    const snapshot = Y.mergeUpdates(updates.slice(0, 50));
    expect(snapshot.byteLength).toBeGreaterThanOrEqual(small.largePart);
    const parts = [snapshot, ...updates.slice(50)];
    expect(mergeWithYjs(parts, small)).toEqual(Y.mergeUpdates(parts));
    expect(contentOf(mergeWithYjs(parts, small))).toEqual(contentOf(Y.encodeStateAsUpdate(doc)));
  });

  it('still shrinks when every part is large', () => {
    const { doc, updates } = edits(40);
    // Disjoint, as the relay's parts are (it stores only what an update adds).
    const parts: Uint8Array[] = [];
    for (let start = 0; start < updates.length; start += 5)
      parts.push(Y.mergeUpdates(updates.slice(start, start + 5)));
    expect(parts.length).toBeGreaterThan(4);
    const shape: MergeShape = { group: 2, fanIn: 2, largePart: 1 };
    expect(contentOf(mergeWithYjs(parts, shape))).toEqual(contentOf(Y.encodeStateAsUpdate(doc)));
    expect(mergeWithYjs(parts, shape)).toEqual(Y.mergeUpdates(parts));
  });
});
