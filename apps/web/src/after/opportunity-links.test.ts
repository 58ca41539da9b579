import { addNote, addOpportunity, addStep, createBoard, readBoard } from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { opportunityLinks, opportunityLinksFor } from './opportunity-links';

describe('opportunityLinks', () => {
  test('counts direct step links and links through notes once per opportunity', () => {
    const links = opportunityLinks(
      [
        { stepIds: ['s1'], noteIds: ['n1'] },
        { stepIds: [], noteIds: ['n2', 'gone'] },
      ] as never,
      [
        { id: 'n1', stepId: 's1' },
        { id: 'n2', stepId: 's2' },
      ],
    );
    expect([...links.byStep]).toEqual([
      ['s1', 1],
      ['s2', 1],
    ]);
    expect([...links.byNote]).toEqual([
      ['n1', 1],
      ['n2', 1],
    ]);
  });

  test('the shared store follows the document and notifies subscribers', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'blank');
    const board = readBoard(doc);
    const step = addStep(doc, { journeyId: board.journeys[0]!.id, title: 'Call' }, 'me');
    const note = addNote(doc, { stepId: step.id, laneId: board.lanes[0]!.id, text: 'long wait' }, 'me');
    const store = opportunityLinksFor(doc);
    expect(opportunityLinksFor(doc)).toBe(store);
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    addOpportunity(doc, { title: 'Call back', noteIds: [note.id] }, 'me');
    expect(calls).toBeGreaterThan(0);
    expect(store.getLinks().byStep.get(step.id)).toBe(1);
    expect(store.getLinks().byNote.get(note.id)).toBe(1);
    stop();
    const before = calls;
    addOpportunity(doc, { title: 'y' }, 'me');
    expect(calls).toBe(before);
  });
});
