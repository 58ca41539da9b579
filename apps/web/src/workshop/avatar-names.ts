import type { MessageKey } from '../i18n/i18n';
import type { AvatarKey } from '../look/avatars';

/** What each persona avatar is called in the picker, as message keys (the reader's language). */
export const AVATAR_NAME_KEYS = {
  person: 'workshop.avatar.person',
  office: 'workshop.avatar.office',
  student: 'workshop.avatar.student',
  technician: 'workshop.avatar.technician',
  health: 'workshop.avatar.health',
  developer: 'workshop.avatar.developer',
  support: 'workshop.avatar.support',
  builder: 'workshop.avatar.builder',
  shopper: 'workshop.avatar.shopper',
  star: 'workshop.avatar.star',
} as const satisfies Readonly<Record<AvatarKey, MessageKey>>;
