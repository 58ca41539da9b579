import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { metaMap } from './doc';
import { updateMeta } from './meta';
import { readBoard, readBoardWithIssues } from './read';
import { SCHEMA_VERSION } from './version';

test('updateMeta sets the board description and validates the target', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  updateMeta(
    doc,
    {
      title: 'My new job',
      goal: 'Be productive',
      expectations: 'Laptop ready',
      scopeStart: 'Apply',
      scopeEnd: 'Month 1',
      targetScore: 7,
    },
    'local',
  );
  expect(readBoard(doc).meta).toEqual({
    title: 'My new job',
    goal: 'Be productive',
    expectations: 'Laptop ready',
    scopeStart: 'Apply',
    scopeEnd: 'Month 1',
    targetScore: 7,
    templateId: 'blank',
    personaId: null,
    language: 'en',
    schemaVersion: SCHEMA_VERSION,
  });
  expect(() => updateMeta(doc, { targetScore: 12 }, 'local')).toThrow(
    'meta.targetScore: expected a number from 1 to 10',
  );
});

test('a malformed meta field from a peer is repaired to its default and reported', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  metaMap(doc).set('title', 42);
  const { board, issues } = readBoardWithIssues(doc);
  expect(board.meta.title).toBe('');
  expect(issues).toEqual([
    { kind: 'meta', id: 'title', message: 'title: expected text', action: 'repaired' },
  ]);
});
