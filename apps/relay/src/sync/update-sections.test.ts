import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSections, UpdateSections } from './update-sections';

/** What Yjs decodes: per client, [first clock, end clock, struct count]. */
function yjsSections(update: Uint8Array): Map<number, [number, number, number]> {
  const sections = new Map<number, [number, number, number]>();
  for (const struct of Y.decodeUpdate(update).structs) {
    const { client, clock } = struct.id;
    const section = sections.get(client);
    if (section) {
      section[1] = clock + struct.length;
      section[2]++;
    } else sections.set(client, [clock, clock + struct.length, 1]);
  }
  return sections;
}

function ourSections(update: Uint8Array): Map<number, [number, number, number]> {
  const read = readSections([update]);
  if (!read) throw new Error('not read');
  const sections = new Map<number, [number, number, number]>();
  for (let index = 0; index < read.sectionCount; index++) {
    sections.set(read.client[index]!, [
      read.firstClock[index]!,
      read.endClock[index]!,
      read.structCount[index]!,
    ]);
  }
  return sections;
}

/** A document holding every kind of content Yjs encodes, written by two clients, with deletions. */
function everyContent(): Uint8Array {
  const doc = new Y.Doc();
  const other = new Y.Doc();
  const text = doc.getText('text');
  text.insert(0, 'plain ascii');
  text.insert(0, 'naïve café 😀 𝄞 — ünïcödé', { bold: true });
  text.insert(3, '\uFEFFbom', { italic: true });
  text.insertEmbed(1, { image: 'x.png' });
  text.delete(2, 4);
  const list = doc.getArray<unknown>('list');
  // Integers, float32, float64, strings, null, booleans, objects and arrays; undefined and bigint nested.
  list.push([1, -7, 2 ** 40, 1.5, 0.1, 'string', null, true, false, { a: [1, { b: 'c' }], u: undefined }]);
  list.push([new Uint8Array([1, 2, 3]), { big: BigInt(12), bytes: new Uint8Array([4]) }]);
  list.push([new Y.Map(), new Y.Array(), new Y.Text('nested')]);
  list.push([new Y.Doc({ guid: 'subdoc' })]);
  list.delete(1, 2);
  const map = doc.getMap<unknown>('map');
  map.set('title', 'one');
  map.set('title', 'two');
  const xml = doc.getXmlFragment('xml');
  const element = new Y.XmlElement('p');
  element.setAttribute('class', 'lead');
  element.insert(0, [new Y.XmlText('hello')]);
  xml.insert(0, [element]);
  list.push([new Y.XmlHook('hook')]);
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  other.getText('text').insert(0, 'from other ');
  other.getMap('map').delete('title');
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
  return Y.encodeStateAsUpdate(doc);
}

describe('UpdateSections', () => {
  it('finds the clients, clocks and struct counts Yjs decodes, for every kind of content', () => {
    const update = everyContent();
    const ours = ourSections(update);
    expect(ours.size).toBe(2);
    expect(ours).toEqual(yjsSections(update));
  });

  it('counts strings in UTF-16 units as Yjs does (accents, emoji, a leading byte-order mark)', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (const value of ['a', 'é', '😀', '\uFEFF', '𝄞x', 'naïve 😀😀']) doc.getText('text').insert(0, value);
    for (const update of updates) expect(ourSections(update)).toEqual(yjsSections(update));
  });

  it('reads GC structs (a collected document) and delete sets', () => {
    const doc = new Y.Doc();
    doc.getArray('list').push(['a', 'b', 'c']);
    doc.getArray('list').delete(0, 2);
    doc.getMap('map').set('k', new Y.Text('deleted soon'));
    doc.getMap('map').delete('k');
    const update = Y.encodeStateAsUpdate(doc);
    expect(Y.decodeUpdate(update).structs.some((struct) => struct instanceof Y.GC)).toBe(true);
    expect(ourSections(update)).toEqual(yjsSections(update));
    const read = readSections([update])!;
    const ds = Y.decodeUpdate(update).ds.clients.get(doc.clientID)!;
    expect(read.deletions.get(doc.clientID)).toEqual(ds.flatMap(({ clock, len }) => [clock, len]));
  });

  it('records where each section’s structs lie, so they can be copied', () => {
    const doc = new Y.Doc();
    doc.getArray('list').push([1, 2, 3]);
    const update = Y.encodeStateAsUpdate(doc);
    const read = readSections([update])!;
    // One client: count, client, clock, then the structs up to the delete set (here empty: one 0 byte).
    expect(read.end[0]).toBe(update.byteLength - 1);
    expect(read.start[0]! > 0 && read.start[0]! < read.end[0]!).toBe(true);
  });

  it('refuses a Skip, a v2 update, truncation and trailing bytes, keeping nothing of them', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let index = 0; index < 3; index++) doc.getArray('list').push([index]);
    doc.getArray('list').delete(0, 1);
    const sections = new UpdateSections();
    expect(sections.add(updates[0]!)).toBe(true);
    const refused = [
      Y.mergeUpdates([updates[0]!, updates[2]!]),
      Y.encodeStateAsUpdateV2(doc),
      updates[1]!.subarray(0, updates[1]!.byteLength - 2),
      new Uint8Array([...updates[3]!, 7]),
      new Uint8Array([1, 1, 5, 0, 99]),
    ];
    for (const update of refused) expect(sections.add(update)).toBe(false);
    expect(sections.sectionCount).toBe(1);
    expect(sections.updates).toHaveLength(1);
    expect(sections.deletions.size).toBe(0);
    expect(readSections([updates[0]!, refused[0]!])).toBeNull();
  });

  it('refuses a string that is not UTF-8, as Yjs does', () => {
    const doc = new Y.Doc();
    // A fixed client id: a random one could hold the byte 0xc3 itself.
    doc.clientID = 1;
    doc.getText('text').insert(0, 'é');
    const update = Y.encodeStateAsUpdate(doc);
    // 'é' is the UTF-8 pair c3 a9, the last bytes of the only struct.
    const at = update.lastIndexOf(0xc3);
    expect(update[at + 1]).toBe(0xa9);
    const broken = update.slice();
    broken[at + 1] = 0x28;
    expect(() => Y.decodeUpdate(broken)).toThrow();
    expect(readSections([broken])).toBeNull();
  });

  it('leaves out sections of no structs and reads the empty update', () => {
    expect(readSections([new Uint8Array([0, 0])])!.sectionCount).toBe(0);
    expect(readSections([new Uint8Array([1, 0, 7, 3, 0])])!.sectionCount).toBe(0);
  });
});
