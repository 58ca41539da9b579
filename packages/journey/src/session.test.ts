import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { readSessionPermissions, sessionMap, setLocked, setPhase } from './session';

test('missing session keys read as preparation and unlocked', () => {
  expect(readSessionPermissions(new Y.Doc())).toEqual({ phase: 'preparation', locked: false });
});

test('setters write phase and lock in a transaction with the origin', () => {
  const doc = new Y.Doc();
  const origins: unknown[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
  setPhase(doc, 'qa', 'facilitator');
  setLocked(doc, true, 'facilitator');
  expect(readSessionPermissions(doc)).toEqual({ phase: 'qa', locked: true });
  expect(origins).toEqual(['facilitator', 'facilitator']);
});

test('malformed values from a peer read as safe defaults', () => {
  const doc = new Y.Doc();
  sessionMap(doc).set('phase', 'party');
  sessionMap(doc).set('locked', 'yes');
  expect(readSessionPermissions(doc)).toEqual({ phase: 'preparation', locked: false });
  expect(() => setPhase(doc, 'party' as 'qa', 'x')).toThrow();
});
