import { describe, expect, it } from 'vitest';
import type { DocName, Role } from '../storage/store';
import { canWrite } from './permissions';

const open = { phase: 'mapping', locked: false } as const;
const locked = { phase: 'mapping', locked: true } as const;
const qa = { phase: 'qa', locked: false } as const;
const qaLocked = { phase: 'qa', locked: true } as const;

describe('canWrite (the roles table)', () => {
  const cases: [Role, DocName, typeof open | typeof locked | typeof qa | typeof qaLocked, boolean][] = [
    ['facilitator', 'content', open, true],
    ['facilitator', 'content', locked, true],
    ['facilitator', 'session', locked, true],
    ['facilitator', 'questions', open, true],
    ['participant', 'content', open, true],
    ['participant', 'content', locked, false],
    ['participant', 'content', qaLocked, false],
    ['participant', 'session', open, false],
    ['participant', 'questions', open, true],
    ['participant', 'questions', locked, true],
    ['observer', 'content', open, false],
    ['observer', 'content', qa, false],
    ['observer', 'session', qa, false],
    ['observer', 'questions', open, false],
    ['observer', 'questions', qa, true],
    ['observer', 'questions', qaLocked, true],
  ];
  it.each(cases)('%s on %s (%o) → %s', (role, doc, session, expected) => {
    expect(canWrite(role, doc, session)).toBe(expected);
  });

  it('observers may write questions in no phase but Q&A', () => {
    for (const phase of ['preparation', 'mapping', 'readout', 'wrapup'] as const) {
      expect(canWrite('observer', 'questions', { phase, locked: false })).toBe(false);
    }
  });
});
