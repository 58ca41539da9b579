import { createBoard, readCollection } from '@journeyboard/journey';
import { expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { applyAnswer, documentFromAnswer, EARLY_ANSWER_ORIGIN } from './early-answer';

test('the answer becomes a document holding the board, applied with its own origin', () => {
  const source = new Y.Doc();
  createBoard(source, 'support-experience');
  const origins: unknown[] = [];
  const doc = documentFromAnswer(Y.encodeStateAsUpdate(source));
  expect(doc).not.toBeNull();
  expect(readCollection(doc!, 'step').map((step) => step.id)).toEqual(
    readCollection(source, 'step').map((step) => step.id),
  );
  doc!.on('afterTransaction', (transaction) => origins.push(transaction.origin));
  applyAnswer(doc!, Y.encodeStateAsUpdate(source));
  expect(origins).toEqual([EARLY_ANSWER_ORIGIN]);
});

test('a broken answer is refused, not thrown', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(documentFromAnswer(Uint8Array.of(9, 9, 9, 9, 9))).toBeNull();
  expect(applyAnswer(new Y.Doc(), Uint8Array.of(200, 1, 2))).toBe(false);
  expect(warn).toHaveBeenCalled();
  warn.mockRestore();
});
