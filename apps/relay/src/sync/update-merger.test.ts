import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeAll } from './merge-updates';
import { mergeSections } from './section-merge';
import { UpdateMerger } from './update-merger';

const merger = new UpdateMerger();
afterAll(() => merger.close());

function edits(count: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let index = 0; index < count; index++) {
    doc.getMap('map').set('title', `title number ${index}`);
    doc.getArray('list').push([index]);
  }
  return { doc, updates };
}

function contentOf(update: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return { map: doc.getMap('map').toJSON(), list: doc.getArray('list').toJSON() };
}

describe('UpdateMerger', () => {
  it('merges thousands of updates on its thread into the same document', async () => {
    const { doc, updates } = edits(1500);
    const merged = await merger.merge(updates, { collect: false });
    expect(contentOf(merged)).toEqual(contentOf(Y.encodeStateAsUpdate(doc)));
    // The parts are packed and transferred: the caller's updates are left intact.
    expect(updates.every((update) => update.byteLength > 0)).toBe(true);
  });

  it('merges a snapshot and its log with the relay thread’s merge, to the same bytes', async () => {
    const { updates } = edits(3000);
    const parts = [Y.mergeUpdates(updates.slice(0, 1000)), ...updates.slice(1000)];
    expect(parts[0]!.byteLength).toBeGreaterThan(16 * 1024);
    // Laid end to end (section-merge.ts), not re-encoded by Yjs.
    expect(mergeSections(parts)).not.toBeNull();
    expect(await merger.merge(parts, { collect: false })).toEqual(mergeAll(parts));
  });

  it('leaves parts that do not follow on to Yjs there too', async () => {
    const { doc, updates } = edits(200);
    const parts = [...updates.slice(0, 100), ...updates.slice(101), updates[100]!, updates[5]!];
    expect(mergeSections(parts)).toBeNull();
    const merged = await merger.merge(parts, { collect: false });
    expect(merged).toEqual(Y.mergeUpdates(parts));
    expect(contentOf(merged)).toEqual(contentOf(Y.encodeStateAsUpdate(doc)));
  });

  it('drops deleted content when collecting, like a garbage-collecting document', async () => {
    const { doc, updates } = edits(300);
    const [merged, collected] = await Promise.all([
      merger.merge(updates, { collect: false }),
      merger.merge(updates, { collect: true }),
    ]);
    expect(collected.byteLength).toBeLessThan(merged.byteLength);
    expect(collected).toEqual(Y.encodeStateAsUpdate(doc));
  });

  it('fails a merge of something that is not an update, and keeps serving', async () => {
    await expect(
      merger.merge([new Uint8Array([1, 255, 255, 255, 255, 15, 7])], { collect: true }),
    ).rejects.toThrow(/merging updates failed/);
    const { updates } = edits(3);
    expect(contentOf(await merger.merge(updates, { collect: false })).list).toEqual([0, 1, 2]);
  });
});
