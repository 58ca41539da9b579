import type { Role } from './api-client';

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  facilitator: 'Facilitator',
  participant: 'Participant',
  observer: 'Observer',
};

/** One line per role, shown next to its link. */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  facilitator:
    'Runs the workshop: edits everything, manages stages, channels and lanes, and can lock the board. Keep this link private.',
  participant: 'Adds and edits steps, cards and notes while the board is unlocked.',
  observer: 'Watches the board live without changing anything.',
};
