import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { collection } from './doc';
import { addNote } from './notes';
import { addOpportunity } from './opportunities';
import { setRating } from './ratings';
import { journeySteps, readBoard, readEntity } from './read';
import { addStage } from './stages';
import { addStep, deleteStep, moveStep, updateStep } from './steps';

const J = 'journey-current';
const me = { user: 'me' };

function board() {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  const s1 = addStage(doc, { journeyId: J, title: 'One', id: 'st1' }, me);
  const s2 = addStage(doc, { journeyId: J, title: 'Two', id: 'st2' }, me);
  return { doc, s1, s2 };
}

const titles = (doc: Y.Doc) => journeySteps(readBoard(doc), J).map((s) => s.title);

describe('steps', () => {
  test('addStep appends by default and inserts at an index within its stage', () => {
    const { doc } = board();
    addStep(doc, { journeyId: J, stageId: 'st1', title: 'a' }, me);
    addStep(doc, { journeyId: J, stageId: 'st1', title: 'c' }, me);
    addStep(doc, { journeyId: J, stageId: 'st1', title: 'b', index: 1 }, me);
    addStep(doc, { journeyId: J, stageId: 'st1', title: 'first', index: 0 }, me);
    addStep(doc, { journeyId: J, stageId: 'st2', title: 'later' }, me);
    addStep(doc, { journeyId: J, title: 'unstaged' }, me);
    expect(titles(doc)).toEqual(['first', 'a', 'b', 'c', 'later', 'unstaged']);
  });

  test('addStep stores every field and returns the validated step', () => {
    const { doc } = board();
    const step = addStep(
      doc,
      {
        journeyId: J,
        stageId: 'st1',
        channelId: 'channel-email',
        title: 'Gets mail',
        description: 'd',
        owner: 'HR',
        durationMinutes: 5,
        people: ['HR advisor'],
        systems: ['Mail'],
        doing: 'reads',
        thinking: 'hm',
        feeling: 'ok',
        emotion: 'happy',
        score: 8,
        momentOfTruth: true,
        notes: 'n',
        id: 'x1',
      },
      me,
    );
    expect(readEntity(doc, 'step', 'x1')).toEqual(step);
    expect(step).toMatchObject({ title: 'Gets mail', score: 8, people: ['HR advisor'], originStepId: null });
  });

  test('addStep rejects invalid input and dangling links, writing nothing', () => {
    const { doc } = board();
    expect(() => addStep(doc, { journeyId: J, score: 11 }, me)).toThrow(
      'step.score: expected a number from 1 to 10',
    );
    expect(() => addStep(doc, { journeyId: J, emotion: 'meh' as 'happy' }, me)).toThrow(/emotion/);
    expect(() => addStep(doc, { journeyId: 'nope' }, me)).toThrow(/no journey/);
    expect(() => addStep(doc, { journeyId: J, stageId: 'nope' }, me)).toThrow(/no stage/);
    expect(() => addStep(doc, { journeyId: J, channelId: 'nope' }, me)).toThrow(/no channel/);
    expect(() => addStep(doc, { journeyId: J, durationMinutes: -1 }, me)).toThrow(/minutes/);
    expect(readBoard(doc).steps).toEqual([]);
  });

  test('updateStep writes only the changed fields and validates', () => {
    const { doc } = board();
    const { id } = addStep(doc, { journeyId: J, title: 'a', score: 3 }, me);
    const changed: string[] = [];
    collection(doc, 'step').observeDeep((events) => {
      for (const e of events) changed.push(...(e as Y.YMapEvent<unknown>).keysChanged);
    });
    updateStep(doc, id, { title: 'a', score: 5, channelId: 'channel-phone' }, me);
    expect(changed.sort()).toEqual(['channelId', 'score']);
    expect(readEntity(doc, 'step', id)).toMatchObject({ title: 'a', score: 5, channelId: 'channel-phone' });
    expect(() => updateStep(doc, id, { score: 0 }, me)).toThrow(/1 to 10/);
    expect(() => updateStep(doc, 'nope', { score: 1 }, me)).toThrow(/no step/);
    updateStep(doc, id, { score: null }, me);
    expect(readEntity(doc, 'step', id)?.score).toBeNull();
  });

  test('moveStep reorders within a stage and moves across stages', () => {
    const { doc } = board();
    for (const t of ['a', 'b', 'c']) addStep(doc, { journeyId: J, stageId: 'st1', title: t, id: t }, me);
    moveStep(doc, 'a', { index: 2 }, me);
    expect(titles(doc)).toEqual(['b', 'c', 'a']);
    moveStep(doc, 'c', { index: 0, stageId: 'st2' }, me);
    expect(titles(doc)).toEqual(['b', 'a', 'c']);
    expect(readEntity(doc, 'step', 'c')?.stageId).toBe('st2');
    moveStep(doc, 'b', { index: 5, stageId: null }, me);
    expect(titles(doc)).toEqual(['a', 'c', 'b']);
    expect(() => moveStep(doc, 'b', { index: 0, stageId: 'nope' }, me)).toThrow(/no stage/);
  });

  test('deleteStep removes its notes and unlinks opportunities in one transaction; ratings are only hidden', () => {
    const { doc } = board();
    addStep(doc, { journeyId: J, id: 'keep' }, me);
    addStep(doc, { journeyId: J, id: 'gone' }, me);
    addNote(doc, { stepId: 'gone', laneId: 'lane-pain-points', text: 'x', id: 'n1' }, me);
    addNote(doc, { stepId: 'keep', laneId: 'lane-pain-points', text: 'y', id: 'n2' }, me);
    setRating(doc, { stepId: 'gone', participantId: 'p1', score: 4 }, me);
    setRating(doc, { stepId: 'keep', participantId: 'p1', score: 4 }, me);
    addOpportunity(doc, { title: 'o', stepIds: ['gone', 'keep'], noteIds: ['n1', 'n2'], id: 'o1' }, me);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(deleteStep(doc, 'gone', me)).toBe(true);
    expect(transactions).toBe(1);
    const b = readBoard(doc);
    expect(b.steps.map((s) => s.id)).toEqual(['keep']);
    expect(b.notes.map((n) => n.id)).toEqual(['n2']);
    expect(b.ratings.map((r) => r.stepId)).toEqual(['keep']);
    expect(b.opportunities[0]).toMatchObject({ stepIds: ['keep'], noteIds: ['n2'] });
    expect(collection(doc, 'note').size).toBe(1);
    // Clients never write the legacy ratings collection (the relay refuses it): the orphan is skipped.
    expect(collection(doc, 'rating').size).toBe(2);
    expect(deleteStep(doc, 'gone', me)).toBe(false);
  });

  test('every operation is one transaction carrying the caller origin, so undo tracks only it', () => {
    const { doc } = board();
    const undo = new Y.UndoManager(
      [collection(doc, 'step'), collection(doc, 'note'), collection(doc, 'rating')],
      {
        trackedOrigins: new Set([me]),
        captureTimeout: 0,
      },
    );
    const other = { user: 'other' };
    addStep(doc, { journeyId: J, id: 'mine', title: 'mine' }, me);
    addStep(doc, { journeyId: J, id: 'theirs', title: 'theirs' }, other);
    updateStep(doc, 'mine', { title: 'renamed' }, me);
    undo.undo();
    expect(readEntity(doc, 'step', 'mine')?.title).toBe('mine');
    undo.undo();
    expect(titles(doc)).toEqual(['theirs']);
    undo.redo();
    expect(titles(doc)).toEqual(['mine', 'theirs']);
  });
});
