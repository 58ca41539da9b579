import type { MessageKey } from '../i18n/i18n';

/**
 * Persona avatars shipped with the app (drawn as icons, the same on every machine). A persona's
 * `avatar` field holds one of these keys; boards made before hold an emoji, which is read as the
 * nearest avatar (an office worker for 👩🏽‍💼), never drawn as a glyph the machine may lack.
 */
export const AVATAR_KEYS = [
  'person',
  'office',
  'student',
  'technician',
  'health',
  'developer',
  'support',
  'builder',
  'shopper',
  'star',
] as const;
export type AvatarKey = (typeof AVATAR_KEYS)[number];

/** What each avatar is called, as message keys (translate them where they are shown). */
export const AVATAR_NAME_KEYS = {
  person: 'look.avatar.person',
  office: 'look.avatar.office',
  student: 'look.avatar.student',
  technician: 'look.avatar.technician',
  health: 'look.avatar.health',
  developer: 'look.avatar.developer',
  support: 'look.avatar.support',
  builder: 'look.avatar.builder',
  shopper: 'look.avatar.shopper',
  star: 'look.avatar.star',
} as const satisfies Readonly<Record<AvatarKey, MessageKey>>;

/** @deprecated English names; translate `AVATAR_NAME_KEYS` instead (removed once every screen does). */
export const AVATAR_NAMES: Readonly<Record<AvatarKey, string>> = {
  person: 'Person',
  office: 'Office worker',
  student: 'Student',
  technician: 'Technician',
  health: 'Health worker',
  developer: 'Developer',
  support: 'Support agent',
  builder: 'Builder',
  shopper: 'Shopper',
  star: 'Star customer',
};

/** Emoji that older boards (and the templates) hold, by what they show. */
const EMOJI_HINTS: readonly [string, AvatarKey][] = [
  ['💼', 'office'],
  ['🎓', 'student'],
  ['🔧', 'technician'],
  ['⚕', 'health'],
  ['💻', 'developer'],
  ['🦸', 'star'],
  ['🎧', 'support'],
  ['👷', 'builder'],
  ['🛍', 'shopper'],
];

/** The avatar a persona's `avatar` field stands for: a key as is, an emoji by what it shows, else a person. */
export function avatarKey(value: string): AvatarKey {
  if ((AVATAR_KEYS as readonly string[]).includes(value)) return value as AvatarKey;
  for (const [hint, key] of EMOJI_HINTS) if (value.includes(hint)) return key;
  return 'person';
}
