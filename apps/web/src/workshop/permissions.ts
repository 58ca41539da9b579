import type { Phase, Role } from '@journeyboard/journey';

// What the interface offers each role. The relay enforces the same rules on every update (it drops
// what a role may not write), so these only keep people from trying what would be refused.

export interface SessionRules {
  readonly phase: Phase;
  readonly locked: boolean;
}

export function canRunSession(role: Role): boolean {
  return role === 'facilitator';
}

export function canEditContent(role: Role, session: SessionRules): boolean {
  return role === 'facilitator' || (role === 'participant' && !session.locked);
}

/** Frame of the journey (title, goal, scope, target score) and the consensus score: the facilitator's. */
export function canEditFrame(role: Role): boolean {
  return role === 'facilitator';
}

/** Ratings are the lived experience of the customers, so only participants rate. */
export function canRate(role: Role, session: SessionRules): boolean {
  return role === 'participant' && !session.locked;
}

export function canVote(role: Role, session: SessionRules, roundOpen: boolean): boolean {
  return role === 'participant' && roundOpen && !session.locked;
}

/** Stakeholders ask during Q&A; the facilitator and participants may ask any time. */
export function canAsk(role: Role, session: SessionRules): boolean {
  return role !== 'observer' || session.phase === 'qa';
}

export function canAnswer(role: Role): boolean {
  return role === 'facilitator' || role === 'participant';
}

export function canResolve(role: Role): boolean {
  return role === 'facilitator';
}
