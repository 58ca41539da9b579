import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { collection, metaMap } from './doc';
import { MIGRATIONS, openBoard } from './migrations';
import { readBoardWithIssues } from './read';
import { addStep } from './steps';
import { documentVersion, SCHEMA_VERSION } from './version';

function map(fields: Record<string, unknown>): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  return m;
}

/** A board as version 1 wrote it: no recorded version, `satisfaction`, `colour`, no journeys or lanes. */
function version1(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    metaMap(doc).set('title', 'Old board');
    collection(doc, 'channel').set('c1', map({ name: 'Email', colour: '#123456', order: 'a0' }));
    collection(doc, 'stage').set('st', map({ title: 'Stage', order: 'a0' }));
    collection(doc, 'step').set(
      's1',
      map({ title: 'One', stageId: 'st', channelId: 'c1', satisfaction: 3, order: 'a0' }),
    );
    collection(doc, 'step').set('s2', map({ title: 'Two', satisfaction: 8, order: 'a1' }));
  });
  return doc;
}

/** Version 2: version recorded, fields renamed, still no journeys or lanes. */
function version2(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    metaMap(doc).set('title', 'Board v2');
    metaMap(doc).set('schemaVersion', 2);
    collection(doc, 'step').set('s1', map({ title: 'One', score: 4, order: 'a0' }));
  });
  return doc;
}

test('there is one migration per older version', () => {
  expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
});

test('migrates a version 1 document to the current schema', () => {
  const doc = version1();
  expect(documentVersion(doc)).toBe(1);
  expect(() => addStep(doc, { journeyId: 'journey-current' }, 'x')).toThrow(/openBoard/);
  const result = openBoard(doc);
  expect(result).toMatchObject({ fromVersion: 1, version: SCHEMA_VERSION, migrated: true, readOnly: false });
  const { board, issues } = readBoardWithIssues(doc);
  expect(issues).toEqual([]);
  expect(board.meta).toMatchObject({ title: 'Old board', schemaVersion: SCHEMA_VERSION });
  expect(board.journeys.map((j) => j.id)).toEqual(['journey-current']);
  expect(board.steps.map((s) => [s.id, s.score, s.stageId, s.channelId])).toEqual([
    ['s1', 3, 'st', 'c1'],
    ['s2', 8, null, null],
  ]);
  expect(board.channels[0]?.color).toBe('#123456');
  expect(board.lanes.length).toBeGreaterThan(0);
  expect(openBoard(doc).migrated).toBe(false);
  addStep(doc, { journeyId: 'journey-current', title: 'new' }, 'x');
});

test('migrates a version 2 document', () => {
  const doc = version2();
  expect(openBoard(doc)).toMatchObject({ fromVersion: 2, migrated: true });
  const { board, issues } = readBoardWithIssues(doc);
  expect(issues).toEqual([]);
  expect(board.steps[0]).toMatchObject({ id: 's1', score: 4, journeyId: 'journey-current' });
});

test('two peers migrating the same old document concurrently converge', () => {
  const a = version1();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  openBoard(a);
  openBoard(b);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const ra = readBoardWithIssues(a);
  expect(ra.issues).toEqual([]);
  expect(ra.board).toEqual(readBoardWithIssues(b).board);
  expect(ra.board.journeys).toHaveLength(1);
  expect(ra.board.lanes).toHaveLength(7);
});

test('a document newer than the code opens read-only with a clear message and refuses edits', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1);
  const result = openBoard(doc);
  expect(result.readOnly).toBe(true);
  expect(result.message).toMatch(/newer version of Journeyboard.*read-only/);
  const read = readBoardWithIssues(doc);
  expect(read.readOnly).toBe(true);
  expect(read.readOnlyReason).toBe(result.message);
  expect(read.board.journeys).toHaveLength(1);
  expect(() => addStep(doc, { journeyId: 'journey-current' }, 'x')).toThrow(/newer version/);
});

test('current and empty documents need no migration', () => {
  const fresh = new Y.Doc();
  expect(openBoard(fresh)).toMatchObject({ fromVersion: 0, migrated: false, readOnly: false });
  createBoard(fresh, 'blank');
  expect(openBoard(fresh)).toMatchObject({ fromVersion: SCHEMA_VERSION, migrated: false });
});
