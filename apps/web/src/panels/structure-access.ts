import type { Role } from '../app/api-client';

/** What the Board structure panel offers: editing controls, or the structure as text. */
export type StructureAccess = 'edit' | 'read-only';

/**
 * Only the facilitator adds, renames, reorders and removes stages, channels and lanes. This is a rule of
 * the interface alone: the relay checks roles per document (a participant may write the `content`
 * document while the board is unlocked), not per entity, so it cannot tell a stage edit from a step edit
 * and would accept a participant's structure change from a tampered client. Everyone else sees the
 * structure as read-only text, which is also how screen-reader users learn the rows of the canvas.
 * `canEdit` is the board-wide permission (editBlock(...) === null): a document written by a newer
 * version is read-only even for the facilitator; the lock never stops the facilitator.
 */
export function structureAccess(role: Role, canEdit: boolean): StructureAccess {
  return role === 'facilitator' && canEdit ? 'edit' : 'read-only';
}
