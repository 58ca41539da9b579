import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { readJourneyPersonaId, setJourneyPersona } from './journey-persona';
import { exportBoardJson, importBoard } from './json';
import { updateMeta } from './meta';
import { addPersona } from './personas';
import { readBoard, readMeta } from './read';

test('the journey persona is set, survives meta edits and syncs, and can be cleared', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'support-experience');
  expect(readJourneyPersonaId(doc)).toBeNull();
  setJourneyPersona(doc, 'persona-1', 'me');
  updateMeta(doc, { title: 'Getting help' }, 'me');
  expect(readMeta(doc).title).toBe('Getting help');
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  expect(readJourneyPersonaId(peer)).toBe('persona-1');
  setJourneyPersona(doc, null, 'me');
  expect(readJourneyPersonaId(doc)).toBeNull();
});

test('the journey persona travels through a JSON export and import', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'support-experience');
  const persona = addPersona(doc, { name: 'Sam', job: 'New hire' }, 'me');
  setJourneyPersona(doc, persona.id, 'me');
  const copy = new Y.Doc();
  const result = importBoard(copy, JSON.parse(exportBoardJson(doc)));
  expect(result.ok).toBe(true);
  expect(readJourneyPersonaId(copy)).toBe(persona.id);
  expect(readBoard(copy)).toEqual(readBoard(doc));
});
