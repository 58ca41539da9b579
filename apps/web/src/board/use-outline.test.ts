import type { Note } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import { groupNotes, notesFor } from './use-outline';

const note = (id: string, stepId: string, text: string) => ({ id, stepId, laneId: 'l', text }) as Note;

describe('groupNotes', () => {
  it('groups by step in the given order', () => {
    const groups = groupNotes([note('1', 'a', 'x'), note('2', 'b', 'y'), note('3', 'a', 'z')], new Map());
    expect(notesFor(groups, 'a').map((n) => n.text)).toEqual(['x', 'z']);
    expect(notesFor(groups, 'none')).toEqual([]);
  });

  it('keeps the identity of unchanged groups', () => {
    const first = groupNotes([note('1', 'a', 'x'), note('2', 'b', 'y')], new Map());
    const second = groupNotes([note('1', 'a', 'x'), note('2', 'b', 'changed')], first);
    expect(second.get('a')).toBe(first.get('a'));
    expect(second.get('b')).not.toBe(first.get('b'));
  });
});
