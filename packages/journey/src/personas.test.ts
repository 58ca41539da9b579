import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from './board';
import { readJourneyPersonaId, setJourneyPersona } from './journey-persona';
import { addPersona, deletePersona, movePersona, updatePersona } from './personas';
import { readBoard, readEntity } from './read';

const o = 'local';

test('add, update, move, delete personas', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'blank');
  const p = addPersona(
    doc,
    {
      name: 'Ann',
      job: 'Nurse',
      goals: ['Finish shift on time'],
      frustrations: ['Queues'],
      preferredChannelIds: ['channel-phone'],
      quote: 'Just call me.',
      avatar: '👩‍⚕️',
      id: 'ann',
    },
    o,
  );
  expect(readEntity(doc, 'persona', 'ann')).toEqual(p);
  addPersona(doc, { name: 'Bob', id: 'bob' }, o);
  expect(readEntity(doc, 'persona', 'bob')).toMatchObject({ goals: [], avatar: '🙂', quote: '' });
  movePersona(doc, 'bob', 0, o);
  expect(readBoard(doc).personas.map((x) => x.id)).toEqual(['bob', 'ann']);
  updatePersona(doc, 'ann', { goals: ['A', 'B'], job: 'Head nurse' }, o);
  expect(readEntity(doc, 'persona', 'ann')).toMatchObject({ goals: ['A', 'B'], job: 'Head nurse' });
  expect(() => updatePersona(doc, 'ann', { goals: 'A' as unknown as string[] }, o)).toThrow(
    'persona.goals: expected a list of texts',
  );
  expect(deletePersona(doc, 'ann', o)).toBe(true);
  expect(deletePersona(doc, 'ann', o)).toBe(false);
  expect(readBoard(doc).personas.map((x) => x.id)).toEqual(['bob']);
});

test('deleting the persona the journey is mapped for clears that link in the same transaction', () => {
  const doc = new Y.Doc();
  createBoard(doc, 'password-reset');
  addPersona(doc, { name: 'Other', id: 'other' }, o);
  setJourneyPersona(doc, 'pr-persona-1', o);
  deletePersona(doc, 'other', o);
  expect(readJourneyPersonaId(doc)).toBe('pr-persona-1');
  let transactions = 0;
  doc.on('afterTransaction', () => transactions++);
  deletePersona(doc, 'pr-persona-1', o);
  expect(transactions).toBe(1);
  expect(readJourneyPersonaId(doc)).toBeNull();
});
