import { addStep, createBoard, readBoard, updateStep } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndoManager, isTextEntry, undoCommandFor } from './undo';

function connectedPair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(b, update, 'remote');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(a, update, 'remote');
  });
  return { a, b };
}

describe('createUndoManager', () => {
  it("undoes only this user's edits", () => {
    const { a, b } = connectedPair();
    createBoard(a, 'blank');
    const journeyId = readBoard(a).journeys[0]?.id ?? '';
    const alice = {};
    const bob = {};
    const aliceUndo = createUndoManager(a, alice);
    const bobUndo = createUndoManager(b, bob);
    const mine = addStep(a, { journeyId, title: 'Alice step' }, alice);
    aliceUndo.stopCapturing();
    addStep(b, { journeyId, title: 'Bob step' }, bob);
    updateStep(b, mine.id, { owner: 'Bob' }, bob);
    expect(
      readBoard(a)
        .steps.map((s) => s.title)
        .sort(),
    ).toEqual(['Alice step', 'Bob step']);

    // Bob's undo reverts his owner change on Alice's step, but never Alice's step itself.
    bobUndo.undo();
    expect(readBoard(a).steps.find((s) => s.id === mine.id)?.owner).toBe('');
    expect(
      readBoard(a)
        .steps.map((s) => s.title)
        .sort(),
    ).toEqual(['Alice step']);

    aliceUndo.undo();
    expect(readBoard(b).steps).toHaveLength(0);
    aliceUndo.redo();
    expect(readBoard(b).steps.map((s) => s.title)).toEqual(['Alice step']);
    expect(bobUndo.canRedo()).toBe(true);
  });

  it('ignores edits with other origins', () => {
    const doc = new Y.Doc();
    createBoard(doc, 'blank');
    const undo = createUndoManager(doc, {});
    const journeyId = readBoard(doc).journeys[0]?.id ?? '';
    addStep(doc, { journeyId, title: 'x' }, 'someone-else');
    expect(undo.canUndo()).toBe(false);
  });
});

describe('undoCommandFor', () => {
  const key = (
    k: string,
    mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>,
  ) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it('maps the usual shortcuts', () => {
    expect(undoCommandFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoCommandFor(key('z', { metaKey: true }))).toBe('undo');
    expect(undoCommandFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoCommandFor(key('z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(undoCommandFor(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores other keys', () => {
    expect(undoCommandFor(key('z', {}))).toBeNull();
    expect(undoCommandFor(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoCommandFor(key('a', { ctrlKey: true }))).toBeNull();
  });
});

describe('isTextEntry', () => {
  it('recognises text fields by tag and type', () => {
    expect(isTextEntry({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTextEntry({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
