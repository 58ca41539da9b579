import { expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  addAttachment,
  attachmentParent,
  attachmentsOf,
  deleteAttachment,
  deleteQuestionAttachments,
  hasAttachment,
  moveAttachment,
  referencedBlobs,
  type StoredBlob,
  setAttachmentCaption,
} from './attachments';
import { createBoard } from './board';
import { deleteJourney } from './journeys';
import { exportBoardJson, importBoard, parseBoardExport } from './json';
import { addNote, deleteNote } from './notes';
import { addPersona, deletePersona } from './personas';
import { readBoard, readBoardWithIssues } from './read';
import { addStep, deleteStep } from './steps';

const o = 'local';
const PAIN = 'lane-pain-points';
const hash = (c: string) => c.repeat(64);
const png = (c: string): StoredBlob => ({
  hash: hash(c),
  type: 'image/png',
  size: 1234,
  width: 800,
  height: 600,
});
const pdf = (c: string): StoredBlob => ({
  hash: hash(c),
  type: 'application/pdf',
  size: 9000,
  width: null,
  height: null,
});

function setup() {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  addStep(doc, { journeyId: 'journey-current', id: 's1' }, o);
  addStep(doc, { journeyId: 'journey-current', id: 's2' }, o);
  addNote(doc, { stepId: 's1', laneId: PAIN, id: 'n1' }, o);
  addPersona(doc, { id: 'p1', name: 'Pat' }, o);
  return doc;
}

test('several attachments per item, in order, each naming exactly one parent', () => {
  const doc = setup();
  const a = addAttachment(
    doc,
    {
      parent: { kind: 'step', id: 's1' },
      blob: png('a'),
      caption: 'Empty search',
      name: 'a.png',
      authorId: 'u1',
    },
    o,
  );
  addAttachment(doc, { parent: { kind: 'step', id: 's1' }, blob: pdf('b'), id: 'b' }, o);
  addAttachment(doc, { parent: { kind: 'step', id: 's1' }, blob: png('c'), id: 'c', index: 0 }, o);
  addAttachment(doc, { parent: { kind: 'note', id: 'n1' }, blob: pdf('d'), id: 'd' }, o);
  addAttachment(doc, { parent: { kind: 'persona', id: 'p1' }, blob: png('e'), id: 'e' }, o);
  addAttachment(doc, { parent: { kind: 'question', id: 'q1' }, blob: png('f'), id: 'f' }, o);
  const board = readBoard(doc);
  expect(attachmentsOf(board, { kind: 'step', id: 's1' }).map((x) => x.id)).toEqual(['c', a.id, 'b']);
  expect(a).toMatchObject({
    stepId: 's1',
    noteId: null,
    caption: 'Empty search',
    name: 'a.png',
    authorId: 'u1',
    width: 800,
  });
  expect(attachmentParent(board.attachments.find((x) => x.id === 'd')!)).toEqual({ kind: 'note', id: 'n1' });
  expect(attachmentParent(board.attachments.find((x) => x.id === 'f')!)).toEqual({
    kind: 'question',
    id: 'q1',
  });
  expect(referencedBlobs(board)).toEqual(new Set(['a', 'b', 'c', 'd', 'e', 'f'].map(hash)));
  moveAttachment(doc, 'c', 2, o);
  expect(attachmentsOf(readBoard(doc), { kind: 'step', id: 's1' }).map((x) => x.id)).toEqual([
    a.id,
    'b',
    'c',
  ]);
  setAttachmentCaption(doc, 'b', 'Invoice', o);
  expect(readBoard(doc).attachments.find((x) => x.id === 'b')?.caption).toBe('Invoice');
  expect(deleteAttachment(doc, 'b', o)).toBe(true);
  expect(deleteAttachment(doc, 'b', o)).toBe(false);
});

test('refuses what is not a stored blob or has no parent, writing nothing', () => {
  const doc = setup();
  const before = Y.encodeStateVector(doc);
  expect(() => addAttachment(doc, { parent: { kind: 'step', id: 'nope' }, blob: png('a') }, o)).toThrow(
    /no step/,
  );
  expect(() =>
    addAttachment(doc, { parent: { kind: 'step', id: 's1' }, blob: { ...png('a'), hash: 'abc' } }, o),
  ).toThrow(/SHA-256/);
  expect(() =>
    addAttachment(
      doc,
      { parent: { kind: 'step', id: 's1' }, blob: { ...png('a'), type: 'text/html' as 'image/png' } },
      o,
    ),
  ).toThrow(/expected one of/);
  expect(() =>
    addAttachment(doc, { parent: { kind: 'step', id: 's1' }, blob: png('a'), caption: 'x'.repeat(2001) }, o),
  ).toThrow(/caption/);
  expect(Y.encodeStateVector(doc)).toEqual(before);
});

test('removing a parent removes its attachments (the declared cascade)', () => {
  const doc = setup();
  addAttachment(doc, { parent: { kind: 'step', id: 's1' }, blob: png('a'), id: 'on-step' }, o);
  addAttachment(doc, { parent: { kind: 'note', id: 'n1' }, blob: png('b'), id: 'on-note' }, o);
  addAttachment(doc, { parent: { kind: 'step', id: 's2' }, blob: png('c'), id: 'on-s2' }, o);
  addAttachment(doc, { parent: { kind: 'persona', id: 'p1' }, blob: png('d'), id: 'on-persona' }, o);
  addAttachment(doc, { parent: { kind: 'question', id: 'q1' }, blob: png('e'), id: 'on-question' }, o);
  const ids = () =>
    readBoard(doc)
      .attachments.map((a) => a.id)
      .sort();

  addNote(doc, { stepId: 's2', laneId: PAIN, id: 'n2' }, o);
  addAttachment(doc, { parent: { kind: 'note', id: 'n2' }, blob: png('f'), id: 'on-n2' }, o);
  deleteNote(doc, 'n2', o);
  expect(ids()).not.toContain('on-n2');

  deleteStep(doc, 's1', o); // its note's attachment goes too
  expect(ids()).toEqual(['on-persona', 'on-question', 'on-s2']);
  deletePersona(doc, 'p1', o);
  expect(ids()).toEqual(['on-question', 'on-s2']);
  expect(deleteQuestionAttachments(doc, 'q1', o)).toBe(1);
  deleteJourney(doc, 'journey-current', o);
  expect(doc.getMap('attachments').size).toBe(0);
});

test('an attachment whose parent a peer removed is skipped when reading', () => {
  const doc = setup();
  addAttachment(doc, { parent: { kind: 'note', id: 'n1' }, blob: png('a'), id: 'x' }, o);
  doc.getMap('notes').delete('n1');
  const read = readBoardWithIssues(doc);
  expect(read.board.attachments).toEqual([]);
  expect(read.issues).toContainEqual({
    kind: 'attachment',
    id: 'x',
    message: 'noteId: no note n1',
    action: 'skipped',
  });
});

test('the JSON export carries the references and re-imports them; dangling ones are an import error', () => {
  const doc = setup();
  addAttachment(doc, { parent: { kind: 'step', id: 's1' }, blob: png('a'), id: 'x', caption: 'Lock-out' }, o);
  addAttachment(doc, { parent: { kind: 'question', id: 'q1' }, blob: png('b'), id: 'y' }, o);
  const json = exportBoardJson(doc);
  const copy = new Y.Doc();
  expect(importBoard(copy, json).ok).toBe(true);
  // Questions are not exported, so neither is their evidence.
  expect(readBoard(copy).attachments).toEqual(readBoard(doc).attachments.filter((a) => a.id === 'x'));
  const file = JSON.parse(json);
  file.attachments[0].stepId = 'gone';
  const parsed = parseBoardExport(file);
  expect(parsed.ok ? null : parsed.error.text).toBe('attachments[0].stepId: no step gone');
  // An export from before attachments still imports.
  delete file.attachments;
  expect(parseBoardExport(file).ok).toBe(true);
});

test('an attachment added under a chosen id is found by it (an upload resumed after a closed tab)', () => {
  const doc = setup();
  expect(hasAttachment(doc, 'file-kept')).toBe(false);
  addAttachment(doc, { id: 'file-kept', parent: { kind: 'note', id: 'n1' }, blob: png('c') }, o);
  expect(hasAttachment(doc, 'file-kept')).toBe(true);
  deleteAttachment(doc, 'file-kept', o);
  expect(hasAttachment(doc, 'file-kept')).toBe(false);
});
