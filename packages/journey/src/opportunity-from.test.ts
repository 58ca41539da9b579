import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { addNote } from './notes';
import {
  createOpportunityFrom,
  opportunitiesForStep,
  opportunityTitleBase,
  opportunityTitleFrom,
} from './opportunity-from';
import { readBoard } from './read';
import { addStep } from './steps';

describe('opportunityTitleFrom', () => {
  test('uses the first non-empty line', () => {
    expect(opportunityTitleFrom('\n  Laptop not ready \nsecond', 'x')).toBe('Improve: Laptop not ready');
  });
  test('falls back on empty text and cuts long text at a word', () => {
    expect(opportunityTitleFrom('   ', 'New opportunity')).toBe('New opportunity');
    const long = `${'word '.repeat(40)}end`;
    const title = opportunityTitleFrom(long, 'x');
    expect(title.endsWith('word…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual('Improve: '.length + 121);
  });
});

describe('opportunityTitleBase', () => {
  test('is the first line without a prefix, or null without text, for the interface to word', () => {
    expect(opportunityTitleBase('\n  Laptop niet klaar \ntweede')).toBe('Laptop niet klaar');
    expect(opportunityTitleBase('  \n ')).toBeNull();
  });
});

describe('createOpportunityFrom', () => {
  test('from a pain-point note: linked to the note and its step, one undo removes it', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'blank');
    const journeyId = readBoard(doc).journeys[0]!.id;
    for (const title of ['a', 'b', 'c', 'd']) addStep(doc, { journeyId, title }, 'setup');
    const board = readBoard(doc);
    const pain = board.lanes.find((l) => l.kind === 'pain-points')!;
    const step = board.steps[3]!;
    const note = addNote(doc, { stepId: step.id, laneId: pain.id, text: 'No laptop on day one' }, 'me');
    const undo = new Y.UndoManager(doc.getMap('opportunities'), { trackedOrigins: new Set(['me']) });
    const opp = createOpportunityFrom(doc, { kind: 'note', id: note.id }, 'me');
    expect(opp).toMatchObject({
      title: 'Improve: No laptop on day one',
      stepIds: [step.id],
      noteIds: [note.id],
      status: 'idea',
    });
    const after = readBoard(doc);
    expect(opportunitiesForStep(after.opportunities, step.id, new Set()).map((o) => o.id)).toEqual([opp.id]);
    undo.undo();
    expect(readBoard(doc).opportunities).toEqual([]);
  });

  test('from a step, and refuses unknown sources', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'password-reset');
    const step = readBoard(doc).steps[0]!;
    const opp = createOpportunityFrom(doc, { kind: 'step', id: step.id }, 'me', { title: 'Custom' });
    expect(opp.title).toBe('Custom');
    expect(opp.stepIds).toEqual([step.id]);
    expect(() => createOpportunityFrom(doc, { kind: 'note', id: 'nope' }, 'me')).toThrow(/no note/);
    expect(() => createOpportunityFrom(doc, { kind: 'step', id: 'nope' }, 'me')).toThrow(/no step/);
  });

  test('opportunitiesForStep finds links through notes', () => {
    const opps = [
      { id: 'o1', stepIds: [], noteIds: ['n1'] },
      { id: 'o2', stepIds: ['s2'], noteIds: [] },
    ] as unknown as Parameters<typeof opportunitiesForStep>[0];
    expect(opportunitiesForStep(opps, 's1', new Set(['n1'])).map((o) => o.id)).toEqual(['o1']);
  });
});
