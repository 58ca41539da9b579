import type { Question } from '@journeyboard/journey';
import { expect, test } from 'vitest';
import { badgeLabel, orderForList, questionBadges } from './question-badges';

const q = (id: string, fields: Partial<Question>): Question => ({
  id,
  text: id,
  authorId: 'obs',
  authorName: 'Olga',
  role: 'observer',
  stepId: null,
  noteId: null,
  resolved: false,
  createdAt: 0,
  answers: [],
  ...fields,
});

test('questions are counted on their step or note, open and resolved apart', () => {
  const badges = questionBadges([
    q('a', { stepId: 's1' }),
    q('b', { stepId: 's1', resolved: true }),
    q('c', { stepId: 's1', noteId: 'n1' }),
    q('d', {}),
  ]);
  expect(badges.steps.get('s1')).toEqual({ open: 1, resolved: 1 });
  expect(badges.notes.get('n1')).toEqual({ open: 1, resolved: 0 });
  expect(badges.steps.size).toBe(1);
  expect(badgeLabel(badges.steps.get('s1'))).toBe('? 1');
  expect(badgeLabel({ open: 0, resolved: 2 })).toBe('✓ 2');
  expect(badgeLabel(undefined)).toBeNull();
});

test('the list shows open questions first, oldest first', () => {
  const ordered = orderForList([
    q('late', { createdAt: 5 }),
    q('done', { createdAt: 1, resolved: true }),
    q('early', { createdAt: 2 }),
  ]);
  expect(ordered.map((x) => x.id)).toEqual(['early', 'late', 'done']);
});
