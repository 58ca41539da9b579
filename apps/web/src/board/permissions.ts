import {
  type Actor,
  mayCast,
  mayChange,
  mayCreate,
  type Phase,
  type Role,
  type SessionState,
} from '@journeyboard/journey';

// What the interface offers each role: the domain's declared rules (packages/journey domain/), asked
// the way the interface asks. The relay judges every update by the same rules, so what is offered here
// is what it accepts; nothing here restates a rule.

export interface SessionRules {
  readonly phase: Phase;
  readonly locked: boolean;
}

/** Rules that depend on who someone is ask with a stand-in identity: only the role and session matter. */
const as = (role: Role): Actor => ({ role, identity: 'self' });
const session = (rules: SessionRules): SessionState => rules;
const NO_SESSION: SessionState = { phase: 'preparation', locked: false };

export function canRunSession(role: Role): boolean {
  return mayChange('session', 'phase', as(role), NO_SESSION) === null;
}

export function canEditContent(role: Role, rules: SessionRules): boolean {
  return mayCreate('step', as(role), session(rules)) === null;
}

/** Personas are part of the journey's structure: the facilitator's (the others read them). */
export function canEditPersonas(role: Role, rules: SessionRules): boolean {
  return mayCreate('persona', as(role), session(rules)) === null;
}

/** A future state is a new journey forked from the current one: only who may create journeys. */
export function canCreateJourney(role: Role): boolean {
  return mayCreate('journey', as(role), NO_SESSION) === null;
}

/** Frame of the journey (title, goal, scope, target score) and the consensus score: the facilitator's. */
export function canEditFrame(role: Role): boolean {
  return mayChange('meta', 'title', as(role), NO_SESSION) === null;
}

/** Ratings are secret ballots cast through the relay, each for oneself. */
export function canRate(role: Role, rules: SessionRules): boolean {
  return mayCast('rating', as(role), session(rules)) === null;
}

export function canVote(role: Role, rules: SessionRules, roundOpen: boolean): boolean {
  return roundOpen && mayCast('vote', as(role), session(rules)) === null;
}

/** Stakeholders ask during Q&A; the facilitator and participants may ask any time. */
export function canAsk(role: Role, rules: SessionRules): boolean {
  return mayCreate('question', as(role), session(rules)) === null;
}

export function canAnswer(role: Role): boolean {
  return mayCreate('answer', as(role), NO_SESSION) === null;
}

/** Resolving someone else's question (the author may resolve their own). */
export function canResolve(role: Role, owner: string | null = null, identity: string | null = null): boolean {
  return mayChange('question', 'resolved', { role, identity }, NO_SESSION, owner) === null;
}

/** Deleting a question or an answer: its author, or the facilitator. */
export function canDeleteQuestion(role: Role, owner: string | null, identity: string | null): boolean {
  return mayChange('question', 'text', { role, identity }, NO_SESSION, owner) === null;
}

/** Giving the floor to an observer (their pointer shown to everyone) and taking it back. */
export function canGiveFloor(role: Role): boolean {
  return mayChange('session', 'floorAuthorId', as(role), NO_SESSION) === null;
}

/** Changing the journey's structure (stages, channels, lanes, personas) and upgrading an older board. */
export function canEditStructure(role: Role): boolean {
  return mayChange('lane', 'title', as(role), NO_SESSION) === null;
}
