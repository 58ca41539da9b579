import type { SessionPermissions } from '@journeyboard/journey';
import type { DocName, Role } from '../storage/store';

/**
 * Whether a role may change a document right now (the roles table in docs/architecture.md). The session
 * state comes from `readSessionPermissions` on the session document the relay holds, read on every
 * message, so a lock or phase change binds open connections at once.
 */
export function canWrite(role: Role, doc: DocName, session: SessionPermissions): boolean {
  if (role === 'facilitator') return true;
  switch (doc) {
    case 'content':
      return role === 'participant' && !session.locked;
    case 'session':
      return false;
    case 'questions':
      return role === 'participant' || session.phase === 'qa';
  }
}
