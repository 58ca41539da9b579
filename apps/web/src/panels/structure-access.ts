import type { Role } from '../app/api-client';
import type { EditBlock } from '../board/edit-permission';

/** What the Board structure panel offers: editing controls, the structure as text, or nothing. */
export type StructureAccess = 'edit' | 'read-only';

/**
 * Only the facilitator adds, renames, reorders and removes stages, channels and lanes. This is a rule of
 * the interface alone: the relay checks roles per document (a participant may write the `content`
 * document while the board is unlocked), not per entity, so it cannot tell a stage edit from a step edit
 * and would accept a participant's structure change from a tampered client. Everyone else sees the
 * structure as read-only text, which is also how screen-reader users learn the rows of the canvas.
 */
export function structureAccess(role: Role, block: EditBlock): StructureAccess {
  return role === 'facilitator' && block === null ? 'edit' : 'read-only';
}
