import type { Role } from '../app/api-client';
import { canEditStructure } from '../board/permissions';

/** What the Board structure panel offers: editing controls, or the structure as text. */
export type StructureAccess = 'edit' | 'read-only';

/**
 * Only the facilitator adds, renames, reorders and removes stages, channels and lanes (the domain's
 * declared rule, which the relay enforces on every update). Everyone else sees the structure as
 * read-only text, which is also how screen-reader users learn the rows of the canvas. `canEdit` is the
 * board-wide permission (editBlock(...) === null): a document written by a newer version is read-only
 * even for the facilitator; the lock never stops the facilitator.
 */
export function structureAccess(role: Role, canEdit: boolean): StructureAccess {
  return canEditStructure(role) && canEdit ? 'edit' : 'read-only';
}
