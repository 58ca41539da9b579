import type { MessageKey } from '../i18n/i18n';
import type { Role } from './api-client';

/** Each role's name, as a message key (translate where it is shown). */
export const ROLE_NAME_KEYS: Readonly<Record<Role, MessageKey>> = {
  facilitator: 'role.facilitator',
  participant: 'role.participant',
  observer: 'role.observer',
};

/** One line per role, shown next to its link. */
export const ROLE_DESCRIPTION_KEYS: Readonly<Record<Role, MessageKey>> = {
  facilitator: 'role.facilitator.description',
  participant: 'role.participant.description',
  observer: 'role.observer.description',
};
