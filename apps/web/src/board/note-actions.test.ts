import { createBoard, readBoard, readCollection } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStepAtEnd } from './edit-actions';
import { addNoteIn, editNoteText, moveNoteTo, removeNote } from './note-actions';
import { reorderTarget, stepTarget } from './outline-notes';
import type { NoteLine } from './use-outline';

function board() {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  const journeyId = readBoard(doc).journeys[0]?.id ?? '';
  const step = () => {
    const result = addStepAtEnd(doc, journeyId, null, {});
    if (!result.ok) throw new Error(result.message);
    return result.value.id;
  };
  const lane = readCollection(doc, 'lane').find((candidate) => candidate.title === 'Pain points');
  if (!lane) throw new Error('the blank board has no Pain points lane');
  return { doc, a: step(), b: step(), laneId: lane.id };
}

const author = { id: 'u1', name: 'Pat' };
const linesOf = (doc: Y.Doc, stepId: string): NoteLine[] =>
  readCollection(doc, 'note')
    .filter((note) => note.stepId === stepId)
    .map((note) => ({ id: note.id, laneId: note.laneId, text: note.text }));

describe('note actions from the outline', () => {
  it('adds, edits, reorders, moves to the next step and deletes a note, each as one change', () => {
    const { doc, a, b, laneId } = board();
    const first = addNoteIn(doc, { stepId: a, laneId, count: 0 }, 'Long wait', author, {});
    const second = addNoteIn(doc, { stepId: a, laneId, count: 1 }, 'No callback', author, {});
    if (!first.ok || !second.ok) throw new Error('not added');
    expect(first.value.authorName).toBe('Pat');
    expect(first.value.color).not.toBe(second.value.color);
    expect(linesOf(doc, a).map((line) => line.text)).toEqual(['Long wait', 'No callback']);

    expect(editNoteText(doc, first.value.id, 'Twenty minutes on hold', {}).ok).toBe(true);

    const earlier = reorderTarget(linesOf(doc, a), second.value.id, -1);
    if (!earlier) throw new Error('no target');
    expect(moveNoteTo(doc, second.value.id, earlier, {}).ok).toBe(true);
    expect(linesOf(doc, a).map((line) => line.text)).toEqual(['No callback', 'Twenty minutes on hold']);

    const across = stepTarget([a, b], (id) => linesOf(doc, id), a, laneId, 1);
    if (!across) throw new Error('no target');
    expect(moveNoteTo(doc, first.value.id, across, {}).ok).toBe(true);
    expect(linesOf(doc, b).map((line) => line.text)).toEqual(['Twenty minutes on hold']);
    expect(linesOf(doc, a).map((line) => line.text)).toEqual(['No callback']);

    expect(removeNote(doc, second.value.id, {}).ok).toBe(true);
    expect(linesOf(doc, a)).toEqual([]);
  });

  it('refuses a note on a step that is gone with a message, never a throw', () => {
    const { doc, laneId } = board();
    const result = addNoteIn(doc, { stepId: 'gone', laneId, count: 0 }, 'x', author, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toBe('');
  });
});
