import { addAttachment, addNote, addStep, createBoard, deleteAttachment } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hashesIn } from './referenced-hashes';

const blob = (c: string) =>
  ({ hash: c.repeat(64), type: 'image/png', size: 1, width: 1, height: 1 }) as const;

describe('hashesIn', () => {
  it('finds every attachment hash in a stored update, and nothing in a board without any', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'password-reset');
    expect(hashesIn(Y.encodeStateAsUpdate(doc))).toEqual(new Set());
    addStep(doc, { id: 's', journeyId: 'journey-current' }, 'me');
    addNote(doc, { id: 'n', stepId: 's', laneId: 'lane-pain-points', text: 'f'.repeat(200) }, 'me');
    addAttachment(doc, { parent: { kind: 'step', id: 's' }, blob: blob('a') }, 'me');
    addAttachment(doc, { parent: { kind: 'note', id: 'n' }, blob: blob('b'), id: 'x' }, 'me');
    expect(hashesIn(Y.encodeStateAsUpdate(doc))).toEqual(new Set(['a'.repeat(64), 'b'.repeat(64)]));
  });

  it('counts deleted content until it is collected (an undo may bring it back)', () => {
    const doc = new Y.Doc({ gc: false });
    createBoard(doc, 'blank');
    addStep(doc, { id: 's', journeyId: 'journey-current' }, 'me');
    addAttachment(doc, { parent: { kind: 'step', id: 's' }, blob: blob('c'), id: 'x' }, 'me');
    deleteAttachment(doc, 'x', 'me');
    expect(hashesIn(Y.encodeStateAsUpdate(doc))).toEqual(new Set(['c'.repeat(64)]));
    const collected = new Y.Doc();
    Y.applyUpdate(collected, Y.encodeStateAsUpdate(doc));
    expect(hashesIn(Y.encodeStateAsUpdate(collected))).toEqual(new Set());
  });
});
