import type { Role } from '../app/api-client';

export type EditBlock = 'observer' | 'locked' | 'newer-version' | null;

/**
 * Why this user may not edit the journey right now, or null when they may. The relay enforces roles
 * and the lock; the UI mirrors it so nobody makes edits that would be refused.
 */
export function editBlock(role: Role, locked: boolean, documentReadOnly: boolean): EditBlock {
  if (role === 'observer') return 'observer';
  if (documentReadOnly) return 'newer-version';
  if (locked && role !== 'facilitator') return 'locked';
  return null;
}
