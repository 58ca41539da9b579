import type { Actor, RefusalCode, SessionState } from './access';
import { ENTITY_DECLARATIONS } from './entities';
import { changeRule, type DeclaredKind } from './entity-declaration';

/**
 * The declared rules asked the way an interface asks them: may this person create, change or delete
 * an entry of this kind now? Null means yes; a code says why not. The relay asks the same rules of every
 * update, so what the interface offers is what the relay accepts.
 */

export function mayCreate(
  kind: DeclaredKind,
  actor: Actor,
  session: SessionState,
  fields: Readonly<Record<string, unknown>> = {},
): RefusalCode | null {
  return ENTITY_DECLARATIONS[kind].create({ actor, session, owner: null, fields });
}

export function mayChange(
  kind: DeclaredKind,
  field: string,
  actor: Actor,
  session: SessionState,
  owner: string | null = null,
): RefusalCode | null {
  return changeRule(ENTITY_DECLARATIONS[kind], field)({ actor, session, owner });
}

export function mayDelete(
  kind: DeclaredKind,
  actor: Actor,
  session: SessionState,
  owner: string | null = null,
): RefusalCode | null {
  return ENTITY_DECLARATIONS[kind].remove({ actor, session, owner });
}

/** Casting a ballot (a rating, dots) through the relay: who may, now. */
export function mayCast(kind: DeclaredKind, actor: Actor, session: SessionState): RefusalCode | null {
  const rule = ENTITY_DECLARATIONS[kind].cast;
  return rule ? rule({ actor, session, owner: null }) : 'role';
}
