import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { collection, metaMap } from './doc';
import { readBoard, readBoardWithIssues, readCollection, readEntity } from './read';
import { updateStep } from './steps';

function board() {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  return doc;
}

function fieldMap(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) map.set(k, v);
  return map;
}

test('the snapshot is plain and deeply frozen', () => {
  const b = readBoard(board());
  expect(Object.isFrozen(b)).toBe(true);
  expect(Object.isFrozen(b.steps[0])).toBe(true);
  expect(Object.isFrozen(b.steps[0]?.people)).toBe(true);
  expect(Object.isFrozen(b.meta)).toBe(true);
  expect(JSON.parse(JSON.stringify(b))).toEqual(b);
});

test('an empty document reads as an empty board', () => {
  const { board: b, issues, readOnly } = readBoardWithIssues(new Y.Doc());
  expect(issues).toEqual([]);
  expect(readOnly).toBe(false);
  expect(b.steps).toEqual([]);
  expect(b.meta.title).toBe('');
});

test('whatever a peer writes, reading never throws and reports what it skipped or repaired', () => {
  const doc = board();
  doc.transact(() => {
    collection(doc, 'step').set('not-a-map', 'hello');
    collection(doc, 'step').set(
      'bad-score',
      fieldMap({ journeyId: 'journey-current', order: 'a0', score: 99 }),
    );
    collection(doc, 'step').set('no-journey', fieldMap({ journeyId: 'ghost', order: 'a0' }));
    collection(doc, 'step').set('array', new Y.Array());
    collection(doc, 'step').set(
      'ghost-stage',
      fieldMap({ journeyId: 'journey-current', stageId: 'nope', order: 'a0' }),
    );
    collection(doc, 'step').set(
      'ghost-channel',
      fieldMap({ journeyId: 'journey-current', channelId: 'nope', order: 'a1' }),
    );
    collection(doc, 'note').set('orphan', fieldMap({ stepId: 'gone', laneId: 'lane-doing', order: 'a0' }));
    collection(doc, 'note').set('lost-lane', fieldMap({ stepId: 'pr-step-01', laneId: 'gone', order: 'a0' }));
    collection(doc, 'rating').set('orphan', fieldMap({ stepId: 'gone', participantId: 'p', score: 3 }));
    collection(doc, 'rating').set('no-score', fieldMap({ stepId: 'pr-step-01', participantId: 'p' }));
    collection(doc, 'stage').set('ghost', fieldMap({ journeyId: 'ghost', order: 'a0' }));
    collection(doc, 'lane').set('weird', fieldMap({ kind: 'dance', order: 'a0' }));
    collection(doc, 'channel').set('nested', fieldMap({ name: new Y.Map(), order: 'a0' }));
    collection(doc, 'opportunity').set(
      'links',
      fieldMap({ title: 't', stepIds: ['pr-step-01', 'gone'], order: 'zz' }),
    );
    collection(doc, 'persona').set('unknown-fields', fieldMap({ name: 'X', order: 'a0', shoeSize: 44 }));
    metaMap(doc).set('targetScore', 'high');
  });
  const { board: b, issues } = readBoardWithIssues(doc);
  const skipped = issues.filter((i) => i.action === 'skipped').map((i) => `${i.kind}:${i.id}`);
  expect(skipped.sort()).toEqual(
    [
      'step:not-a-map',
      'step:bad-score',
      'step:no-journey',
      'step:array',
      'note:orphan',
      'note:lost-lane',
      'rating:orphan',
      'rating:no-score',
      'stage:ghost',
      'lane:weird',
      'channel:nested',
    ].sort(),
  );
  expect(issues.find((i) => i.id === 'bad-score')?.message).toBe('score: expected a number from 1 to 10');
  const repaired = issues.filter((i) => i.action === 'repaired').map((i) => `${i.kind}:${i.id}`);
  expect(repaired.sort()).toEqual([
    'meta:targetScore',
    'opportunity:links',
    'step:ghost-channel',
    'step:ghost-stage',
  ]);
  expect(b.steps.find((s) => s.id === 'ghost-stage')?.stageId).toBeNull();
  expect(b.steps.find((s) => s.id === 'ghost-channel')?.channelId).toBeNull();
  expect(b.opportunities.find((o) => o.id === 'links')?.stepIds).toEqual(['pr-step-01']);
  expect(b.personas.find((p) => p.id === 'unknown-fields')).not.toHaveProperty('shoeSize');
  expect(b.meta.targetScore).toBeNull();
  expect(b.steps.filter((s) => s.id.startsWith('pr-step'))).toHaveLength(11);
});

test('readEntity and readCollection read single entities and sorted collections', () => {
  const doc = board();
  expect(readEntity(doc, 'step', 'pr-step-10')?.title).toMatch(/email/);
  expect(readEntity(doc, 'step', 'nope')).toBeNull();
  collection(doc, 'step').set('junk', 3);
  expect(readEntity(doc, 'step', 'junk')).toBeNull();
  expect(readCollection(doc, 'channel').map((c) => c.id)[0]).toBe('channel-email');
  expect(readCollection(doc, 'rating')).toEqual([]);
});

test('a cached entity is re-read when a field is added, removed or holds a shared type', () => {
  const doc = board();
  const first = readEntity(doc, 'step', 'pr-step-01');
  const fields = collection(doc, 'step').get('pr-step-01') as Y.Map<unknown>;
  expect(readEntity(doc, 'step', 'pr-step-01')).toBe(first);
  // A key the schema ignores still counts as a change of the raw fields.
  fields.set('futureField', 'x');
  const added = readEntity(doc, 'step', 'pr-step-01');
  expect(added).not.toBe(first);
  expect(added).toEqual(first);
  expect(readEntity(doc, 'step', 'pr-step-01')).toBe(added);
  fields.delete('futureField');
  const removed = readEntity(doc, 'step', 'pr-step-01');
  expect(removed).not.toBe(added);
  expect(removed).toEqual(first);
  // Setting the same value again is no change.
  fields.set('title', removed?.title);
  expect(readEntity(doc, 'step', 'pr-step-01')).toBe(removed);
  // A nested shared type can change without the map noticing: never trusted from the cache.
  const people = new Y.Array<string>();
  people.push(['Ana']);
  fields.set('people', people);
  const nested = readEntity(doc, 'step', 'pr-step-01');
  expect(nested?.people).toEqual(['Ana']);
  people.push(['Bo']);
  expect(readEntity(doc, 'step', 'pr-step-01')?.people).toEqual(['Ana', 'Bo']);
});

test('a collection read twice with no transaction between is the same array; any change reads anew', () => {
  const doc = board();
  const first = readCollection(doc, 'step');
  expect(readCollection(doc, 'step')).toBe(first);
  updateStep(doc, 'pr-step-02', { title: 'Retries' }, 'x');
  const after = readCollection(doc, 'step');
  expect(after).not.toBe(first);
  expect(after.find((step) => step.id === 'pr-step-02')?.title).toBe('Retries');
  expect(readCollection(doc, 'step')).toBe(after);
  // Inside a transaction a read sees what was just written, and is not kept for later.
  doc.transact(() => {
    updateStep(doc, 'pr-step-02', { title: 'Inside' }, 'x');
    expect(readCollection(doc, 'step').find((step) => step.id === 'pr-step-02')?.title).toBe('Inside');
    updateStep(doc, 'pr-step-02', { title: 'Inside again' }, 'x');
    expect(readCollection(doc, 'step').find((step) => step.id === 'pr-step-02')?.title).toBe('Inside again');
  });
  // An observer, called as the transaction ends, reads its outcome, not an earlier cached read.
  const seen: string[] = [];
  const observer = () => {
    seen.push(readCollection(doc, 'step').find((step) => step.id === 'pr-step-02')?.title ?? '');
  };
  collection(doc, 'step').observeDeep(observer);
  readCollection(doc, 'step');
  updateStep(doc, 'pr-step-02', { title: 'Observed' }, 'x');
  collection(doc, 'step').unobserveDeep(observer);
  expect(seen).toEqual(['Observed']);
  expect(readCollection(doc, 'step').find((step) => step.id === 'pr-step-02')?.title).toBe('Observed');
  // A remote update is a transaction too.
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  updateStep(peer, 'pr-step-01', { title: 'From a peer' }, 'peer');
  const before = readCollection(doc, 'step');
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
  expect(readCollection(doc, 'step')).not.toBe(before);
  expect(readCollection(doc, 'step').find((step) => step.id === 'pr-step-01')?.title).toBe('From a peer');
});

test('unchanged entities keep their identity across reads; changed ones are new objects', () => {
  const doc = board();
  const before = readBoard(doc);
  updateStep(doc, 'pr-step-02', { title: 'Retries' }, 'x');
  const after = readBoard(doc);
  const byId = (b: typeof before, id: string) => b.steps.find((s) => s.id === id);
  expect(byId(after, 'pr-step-01')).toBe(byId(before, 'pr-step-01'));
  expect(byId(after, 'pr-step-02')).not.toBe(byId(before, 'pr-step-02'));
  expect(byId(after, 'pr-step-02')?.title).toBe('Retries');
  expect(readEntity(doc, 'step', 'pr-step-01')).toBe(byId(before, 'pr-step-01'));
  expect(after.channels[0]).toBe(before.channels[0]);
  // An invalid entry stays reported on every read, not only the first.
  collection(doc, 'step').set('bad', fieldMap({ journeyId: 'journey-current', order: 'a0', score: 0 }));
  expect(readBoardWithIssues(doc).issues).toHaveLength(1);
  expect(readBoardWithIssues(doc).issues).toHaveLength(1);
});
