import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { updateMeta } from './meta';
import { addStep, deleteStep, updateStep } from './steps';
import { observeCollection, observeEntity, observeMeta } from './subscribe';
import type { Step } from './types';

const o = 'local';

function setup() {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  return doc;
}

test('observeEntity fires only for its entity, with the new snapshot, until unsubscribed', () => {
  const doc = setup();
  const seen: (Step | null)[] = [];
  const stop = observeEntity(doc, 'step', 'pr-step-01', (step) => seen.push(step));
  updateStep(doc, 'pr-step-02', { title: 'other' }, o);
  expect(seen).toEqual([]);
  updateStep(doc, 'pr-step-01', { title: 'Changed', score: 5 }, o);
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({ title: 'Changed', score: 5 });
  deleteStep(doc, 'pr-step-01', o);
  expect(seen.at(-1)).toBeNull();
  stop();
  addStep(doc, { journeyId: 'journey-current', id: 'pr-step-01' }, o);
  expect(seen).toHaveLength(2);
});

test('observeEntity sees changes that arrive from a peer', () => {
  const doc = setup();
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const titles: string[] = [];
  observeEntity(doc, 'step', 'pr-step-05', (s) => titles.push(s?.title ?? 'deleted'));
  peer.on('update', (u: Uint8Array) => Y.applyUpdate(doc, u, 'remote'));
  updateStep(peer, 'pr-step-05', { title: 'From peer' }, o);
  expect(titles).toEqual(['From peer']);
});

test('observeCollection reports the sorted items and the changed ids once per transaction', () => {
  const doc = setup();
  const calls: { count: number; changed: string[] }[] = [];
  const stop = observeCollection(doc, 'step', (items, changed) =>
    calls.push({ count: items.length, changed: [...changed].sort() }),
  );
  let other = 0;
  const stopNotes = observeCollection(doc, 'note', () => other++);
  updateStep(doc, 'pr-step-03', { score: 4 }, o);
  addStep(doc, { journeyId: 'journey-current', id: 'new' }, o);
  deleteStep(doc, 'pr-step-03', o);
  expect(calls).toEqual([
    { count: 11, changed: ['pr-step-03'] },
    { count: 12, changed: ['new'] },
    { count: 11, changed: ['pr-step-03'] },
  ]);
  expect(other).toBe(1);
  stop();
  stopNotes();
  updateStep(doc, 'pr-step-04', { score: 4 }, o);
  expect(calls).toHaveLength(3);
});

test('observeMeta fires on meta changes', () => {
  const doc = setup();
  const titles: string[] = [];
  const stop = observeMeta(doc, (m) => titles.push(m.title));
  updateMeta(doc, { title: 'Locked out' }, o);
  stop();
  updateMeta(doc, { title: 'Ignored' }, o);
  expect(titles).toEqual(['Locked out']);
});
