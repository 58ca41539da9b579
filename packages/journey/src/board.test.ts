import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { readBoardWithIssues } from './read';
import { listTemplates, TEMPLATES } from './templates/index';
import { TEMPLATE_IDS } from './templates/template';
import { SCHEMA_VERSION } from './version';

describe('createBoard', () => {
  test.each(TEMPLATE_IDS)('template %s creates a valid board without issues', (id) => {
    const doc = new Y.Doc();
    createBoard(doc, id);
    const { board, issues, readOnly } = readBoardWithIssues(doc);
    expect(issues).toEqual([]);
    expect(readOnly).toBe(false);
    expect(board.meta.templateId).toBe(id);
    expect(board.meta.schemaVersion).toBe(SCHEMA_VERSION);
    expect(board.journeys.length).toBe(1);
    expect(board.channels.length).toBeGreaterThanOrEqual(6);
    const expected = TEMPLATES[id].journeys[0]!.stages.flatMap((s) => s.steps.map((step) => step.id));
    expect(board.steps.map((s) => s.id)).toEqual(expected);
    expect(Object.isFrozen(board.steps)).toBe(true);
  });

  test('records the language it was created in; boards from before read as English', () => {
    const dutch = new Y.Doc();
    createBoard(dutch, 'onboarding', 'x', 'nl');
    expect(readBoardWithIssues(dutch).board.meta.language).toBe('nl');
    const english = new Y.Doc();
    createBoard(english, 'blank');
    expect(readBoardWithIssues(english).board.meta.language).toBe('en');
    english.getMap('meta').delete('language');
    expect(readBoardWithIssues(english).board.meta.language).toBe('en');
  });

  test('refuses a second create and unknown templates', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'blank');
    expect(() => createBoard(doc, 'blank')).toThrow(/already/);
    expect(() => createBoard(new Y.Doc(), 'nope' as 'blank')).toThrow(/unknown template/);
  });

  test('lists the four templates with step counts', () => {
    expect(listTemplates().map((t) => [t.id, t.stepCount])).toEqual([
      ['blank', 0],
      ['onboarding', 13],
      ['password-reset', 11],
      ['support-experience', 9],
    ]);
  });
});
