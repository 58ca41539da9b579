import type { Role } from '../contract';

/**
 * Who may write what: the vocabulary of the rules each entity declares (entities.ts). The same rules run
 * in the relay, which judges every update a client sends, and in the web client, which only offers
 * what the relay would accept. Rules are pure and answer with a refusal code, never a sentence: the
 * client words it in the reader's language.
 */

/** The one who writes: their role (from the board key) and their identity (issued by the relay). */
export interface Actor {
  readonly role: Role;
  /** The participant id the relay issued to this browser; null when it has none (yet). */
  readonly identity: string | null;
}

/** The facilitation state the rules depend on (from the board's `session` document). */
export interface SessionState {
  readonly phase: 'preparation' | 'mapping' | 'readout' | 'qa' | 'wrapup';
  readonly locked: boolean;
}

export const REFUSAL_CODES = [
  /** The sender's role may never do this. */
  'role',
  /** The facilitator has locked the board for participants. */
  'locked',
  /** Not in this phase of the workshop. */
  'phase',
  /** Someone else's entry: only its author (or the facilitator) may change or delete it. */
  'not_owner',
  /** A field that must carry the sender's own identity or role names someone else. */
  'identity',
  /** Only the relay writes this. */
  'relay_only',
  /** A value that does not fit the declared schema. */
  'schema',
  /** A shared type or key no entity declares. */
  'unknown_root',
  'unknown_field',
  /** A nested type where the schema has a plain value. */
  'too_deep',
  /** Content of a kind the schema never uses (text, binary, embeds, subdocuments). */
  'wrong_type',
  /** An update that builds on changes the relay does not have. */
  'unknown_reference',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  readonly code: RefusalCode;
  /** What was refused, e.g. `step.score`, `lane`, `question.role`. */
  readonly path: string;
}

/** What a rule sees of the entry it judges. */
export interface RuleInput {
  readonly actor: Actor;
  readonly session: SessionState;
  /** The author of the existing entry (for kinds that declare an owner field); null when unknown. */
  readonly owner: string | null;
  /** The new entry's fields (create only). */
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** A rule: null allows, a code refuses. */
export type Rule = (input: RuleInput) => RefusalCode | null;

export const allow: Rule = () => null;

/** Written by the relay alone (aggregates, ballots): no client, whatever its role. */
export const relayOnly: Rule = () => 'relay_only';

export const facilitatorOnly: Rule = ({ actor }) => (actor.role === 'facilitator' ? null : 'role');

/** The journey's content: the facilitator, and participants unless the board is locked. */
export const editors: Rule = ({ actor, session }) => {
  if (actor.role === 'facilitator') return null;
  if (actor.role !== 'participant') return 'role';
  return session.locked ? 'locked' : null;
};

/** Questions: the facilitator and participants any time, observers during Q&A. */
export const askers: Rule = ({ actor, session }) =>
  actor.role !== 'observer' || session.phase === 'qa' ? null : 'phase';

/** Answers: the facilitator and participants. */
export const answerers: Rule = ({ actor }) => (actor.role === 'observer' ? 'role' : null);

/** The entry's author, or the facilitator. */
export const ownerOrFacilitator: Rule = ({ actor, owner }) => {
  if (actor.role === 'facilitator') return null;
  return owner !== null && actor.identity !== null && owner === actor.identity ? null : 'not_owner';
};

/** Every rule must allow. */
export function all(...rules: Rule[]): Rule {
  return (input) => {
    for (const rule of rules) {
      const refused = rule(input);
      if (refused) return refused;
    }
    return null;
  };
}
