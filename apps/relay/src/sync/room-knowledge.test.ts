import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeDeletions, type Knowledge, knowledgeOfMerge, knowledgeOfParts } from './room-knowledge';
import { mergeReadSections } from './section-merge';
import { readSections } from './update-sections';

/** A document of one client with items, some deleted, and every update it emitted. */
function history(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  doc.clientID = 7;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const list = doc.getArray<string>('list');
  list.push(['a', 'b', 'c', 'd']);
  doc.getMap('map').set('title', 'first');
  doc.getMap('map').set('title', 'second');
  list.delete(1, 2);
  return { doc, updates };
}

/** Plain arrays of what is known, to compare two ways of learning it. */
function plain(known: Knowledge) {
  const ranges = (map: Knowledge['held']) =>
    [...map].map(([client, clocks]) => [client, [...clocks.ranges()].map(([start, end]) => [start, end])]);
  return { held: ranges(known.held), deleted: ranges(known.deleted), gapped: [...known.gapped] };
}

describe('what a room holds (room knowledge)', () => {
  it('reads the clocks and deletions the stored parts hold', () => {
    const { doc, updates } = history();
    const known = knowledgeOfParts(updates);
    const end = Y.encodeStateVector(doc);
    expect(known.held.get(7)?.contiguousEnd).toBe(Y.decodeStateVector(end).get(7));
    expect(known.gapped.size).toBe(0);
    const { ds } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc));
    const deleted = ds.clients.get(7)!.map(({ clock, len }) => [clock, clock + len]);
    expect([...known.deleted.get(7)!.ranges()].map(([start, end]) => [start, end])).toEqual(deleted);
  });

  it('marks a client whose later structs are held without the earlier ones as gapped', () => {
    const { updates } = history();
    const known = knowledgeOfParts(updates.slice(1));
    expect([...known.gapped]).toEqual([7]);
  });

  it('learns the same from a section merge as from reading its parts', () => {
    const { updates } = history();
    const merge = mergeReadSections(readSections(updates)!)!;
    expect(plain(knowledgeOfMerge(merge))).toEqual(plain(knowledgeOfParts([merge.update])));
    expect(plain(knowledgeOfMerge(merge))).toEqual(plain(knowledgeOfParts(updates)));
  });

  it('encodes the deletions alone as an update Yjs reads back the same', () => {
    const { doc, updates } = history();
    const known = knowledgeOfParts(updates);
    const { structs, ds } = Y.decodeUpdate(encodeDeletions(known.deleted));
    expect(structs).toEqual([]);
    expect(ds.clients).toEqual(Y.decodeUpdate(Y.encodeStateAsUpdate(doc)).ds.clients);
  });
});
