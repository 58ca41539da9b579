import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { updateMeta } from './meta';
import { addNote, deleteNote } from './notes';
import { addOpportunity } from './opportunities';
import { readBoard } from './read';
import { boardFingerprint, boardFromUpdate, docFromUpdate, restoreBoard } from './restore';
import { updateStep } from './steps';

const LOCAL = { user: 'me' };

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  createBoard(doc, 'onboarding');
  return doc;
}

describe('restoreBoard', () => {
  test('brings the board back to a checkpoint in one undoable transaction', () => {
    const doc = seeded();
    const checkpoint = Y.encodeStateAsUpdate(doc);
    const before = readBoard(doc);
    const step = before.steps[0]!;
    const lane = before.lanes[0]!;
    updateStep(doc, step.id, { title: 'Renamed', score: 2 }, 'peer');
    addNote(doc, { stepId: step.id, laneId: lane.id, text: 'later note' }, 'peer');
    addOpportunity(doc, { title: 'Later idea' }, 'peer');
    updateMeta(doc, { title: 'Changed title' }, 'peer');
    expect(boardFingerprint(readBoard(doc))).not.toBe(boardFingerprint(before));

    const undo = new Y.UndoManager(
      [doc.getMap('meta'), doc.getMap('steps'), doc.getMap('notes'), doc.getMap('opportunities')],
      {
        trackedOrigins: new Set([LOCAL]),
      },
    );
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const stats = restoreBoard(doc, boardFromUpdate(checkpoint), LOCAL);
    expect(transactions).toBe(1);
    expect(stats).toEqual({ added: 0, removed: 2, changed: 2 });
    expect(boardFingerprint(readBoard(doc))).toBe(boardFingerprint(before));

    const restored = boardFingerprint(readBoard(doc));
    undo.undo();
    const after = readBoard(doc);
    expect(after.steps.find((s) => s.id === step.id)?.title).toBe('Renamed');
    expect(after.opportunities.map((o) => o.title)).toContain('Later idea');
    expect(after.meta.title).toBe('Changed title');
    undo.redo();
    expect(boardFingerprint(readBoard(doc))).toBe(restored);
  });

  test('re-creates deleted entities and keeps the identity of untouched ones', () => {
    const doc = seeded();
    const board = readBoard(doc);
    const note = addNote(doc, { stepId: board.steps[1]!.id, laneId: board.lanes[1]!.id, text: 'pain' }, 'x');
    const checkpoint = readBoard(doc);
    const untouched = doc.getMap('steps').get(board.steps[2]!.id);
    deleteNote(doc, note.id, 'x');
    const stats = restoreBoard(doc, checkpoint, 'restore');
    expect(stats.added).toBe(1);
    expect(readBoard(doc).notes.find((n) => n.id === note.id)?.text).toBe('pain');
    expect(doc.getMap('steps').get(board.steps[2]!.id)).toBe(untouched);
  });

  test('a peer sees the restore as one update and converges', () => {
    const a = seeded();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const checkpoint = readBoard(a);
    updateStep(a, checkpoint.steps[0]!.id, { title: 'Edited' }, 'a');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    const updates: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => updates.push(u));
    restoreBoard(a, checkpoint, 'a');
    expect(updates).toHaveLength(1);
    Y.applyUpdate(b, updates[0]!);
    expect(boardFingerprint(readBoard(b))).toBe(boardFingerprint(checkpoint));
  });

  test('restoring the current state writes nothing', () => {
    const doc = seeded();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(restoreBoard(doc, readBoard(doc))).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(updates).toHaveLength(0);
  });
});

describe('boardFingerprint', () => {
  test('ignores key and entity order but not values', () => {
    const board = readBoard(seeded());
    const shuffled = { ...board, steps: [...board.steps].reverse() };
    expect(boardFingerprint(shuffled)).toBe(boardFingerprint(board));
    const changed = { ...board, steps: board.steps.map((s, i) => (i === 0 ? { ...s, score: 9 } : s)) };
    expect(boardFingerprint(changed)).not.toBe(boardFingerprint(board));
  });
});

describe('restoreBoard from a document', () => {
  test('copies every stored key, including ones the snapshot types do not know', () => {
    const doc = seeded();
    doc.getMap('meta').set('personaId', 'persona-1');
    const checkpoint = docFromUpdate(Y.encodeStateAsUpdate(doc));
    doc.getMap('meta').set('personaId', 'persona-2');
    updateStep(doc, readBoard(doc).steps[0]!.id, { title: 'x' }, 'x');
    restoreBoard(doc, checkpoint, 'restore');
    expect(doc.getMap('meta').get('personaId')).toBe('persona-1');
    expect(boardFingerprint(readBoard(doc))).toBe(boardFingerprint(readBoard(checkpoint)));
  });

  test('a snapshot leaves meta keys it does not know alone', () => {
    const doc = seeded();
    const snapshot = readBoard(doc);
    doc.getMap('meta').set('featureFromTheFuture', 'kept');
    restoreBoard(doc, snapshot, 'restore');
    expect(doc.getMap('meta').get('featureFromTheFuture')).toBe('kept');
  });
});
