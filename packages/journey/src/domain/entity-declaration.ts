import type * as z from 'zod/mini';
import type { DocName } from '../contract';
import type { Rule } from './access';

/**
 * The vocabulary of the entity declarations (`entities.ts`): the kinds of entry, their shapes, links, and
 * what one declaration says of its kind.
 */

/**
 * - `collection`: a root map of entries, each a map of fields (`steps` → step id → { title, … }).
 * - `singleton`: a root map that is itself one entry's fields (`meta`, `session`).
 * - `dictionary`: a root map of plain values under free keys (`momentReviews`).
 */
export type EntityShape = 'collection' | 'singleton' | 'dictionary';

/** What removing the entry a link points to does to the entry holding the link. */
export type OnRemove = 'delete' | 'nullify' | 'unlink';

export interface Link {
  readonly field: string;
  readonly to: DeclaredKind;
  /** The field holds a list of ids (`unlink` removes the one removed). */
  readonly many?: boolean;
  readonly onRemove: OnRemove;
}

export interface EntityDeclaration {
  readonly kind: DeclaredKind;
  readonly doc: DocName;
  /** The root shared type's name in its document. */
  readonly root: string;
  readonly shape: EntityShape;
  /** Each field's schema (singletons and collections; `id` is the entry's key, not a field). */
  readonly fields: Readonly<Record<string, z.ZodMiniType>>;
  /** A new entry whole (collections): its fields and `id`, with cross-field checks. */
  readonly entry?: z.ZodMiniType;
  /** A dictionary's values. */
  readonly value?: z.ZodMiniType;
  /** The i18n key of the kind's name (`entity.step` → "step" / "stap"). */
  readonly labelKey: `entity.${DeclaredKind}`;
  readonly links: readonly Link[];
  readonly create: Rule;
  /** Changing any field, unless `fieldRules` names the field. */
  readonly change: Rule;
  readonly fieldRules?: Readonly<Record<string, Rule>>;
  readonly remove: Rule;
  /** The field naming the entry's author (an identity the relay issued), for `not_owner` rules. */
  readonly owner?: string;
  /** Fields a new entry must fill from the connection, never from the client's say-so. */
  readonly fromConnection?: { readonly identity?: readonly string[]; readonly role?: string };
  /** Fields that never change once the entry exists. */
  readonly immutable?: readonly string[];
  /** The key an entry must have, given its fields (entries keyed by what they are about). */
  readonly keyOf?: (fields: Readonly<Record<string, unknown>>) => string | null;
  /** Ballots (cast through the relay, never written by clients): who may cast one of this kind now. */
  readonly cast?: Rule;
}

export const DECLARED_KINDS = [
  'meta',
  'journey',
  'stage',
  'step',
  'channel',
  'lane',
  'note',
  'rating',
  'persona',
  'opportunity',
  'vote',
  'question',
  'answer',
  'session',
  'votingRound',
  'momentReview',
  'ballotResults',
  'attachment',
  'feedbackResults',
  'serviceDeskFigures',
] as const;
export type DeclaredKind = (typeof DECLARED_KINDS)[number];

/** The rule for changing `field` of an entry of this kind. */
export function changeRule(declaration: EntityDeclaration, field: string): Rule {
  return declaration.fieldRules?.[field] ?? declaration.change;
}
