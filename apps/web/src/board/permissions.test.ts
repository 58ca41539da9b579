import { PHASES, type Phase, ROLES, type Role } from '@journeyboard/journey';
import { describe, expect, test } from 'vitest';
import {
  canAnswer,
  canAsk,
  canCreateJourney,
  canEditContent,
  canEditFrame,
  canEditPersonas,
  canRate,
  canResolve,
  canRunSession,
  canVote,
} from './permissions';

const open = (phase: Phase = 'mapping', locked = false) => ({ phase, locked });

describe('workshop permissions mirror the relay', () => {
  test('only the facilitator runs the session, edits the frame and resolves questions', () => {
    for (const role of ROLES) {
      const facilitator = role === 'facilitator';
      expect(canRunSession(role)).toBe(facilitator);
      expect(canEditFrame(role)).toBe(facilitator);
      expect(canResolve(role)).toBe(facilitator);
    }
  });

  test('only the facilitator edits personas and forks a future state, as the relay judges structure', () => {
    for (const role of ROLES) {
      const facilitator = role === 'facilitator';
      expect(canEditPersonas(role, open()), role).toBe(facilitator);
      expect(canEditPersonas(role, open('mapping', true)), role).toBe(facilitator);
      expect(canCreateJourney(role), role).toBe(facilitator);
    }
  });

  test('lock makes content read-only for participants but not for the facilitator', () => {
    expect(canEditContent('participant', open())).toBe(true);
    expect(canEditContent('participant', open('mapping', true))).toBe(false);
    expect(canEditContent('facilitator', open('mapping', true))).toBe(true);
    expect(canEditContent('observer', open())).toBe(false);
  });

  test('observers ask only during Q&A; others may always ask; observers never answer', () => {
    for (const phase of PHASES) {
      expect(canAsk('observer', open(phase))).toBe(phase === 'qa');
      expect(canAsk('participant', open(phase))).toBe(true);
      expect(canAsk('facilitator', open(phase))).toBe(true);
    }
    expect(ROLES.filter((r: Role) => canAnswer(r))).toEqual(['facilitator', 'participant']);
  });

  test('participants rate and vote (votes only in an open round), not while locked', () => {
    expect(canRate('participant', open())).toBe(true);
    expect(canRate('participant', open('mapping', true))).toBe(false);
    expect(canRate('observer', open())).toBe(false);
    expect(canVote('participant', open(), true)).toBe(true);
    expect(canVote('participant', open(), false)).toBe(false);
    expect(canVote('observer', open(), true)).toBe(false);
  });
});
