import type { MessageKey } from '../i18n/i18n';
import type { MoodKey } from '../look/faces';

/** What each face of the rating scale is called, as message keys (the reader's language). */
export const MOOD_NAME_KEYS = {
  'very-unhappy': 'workshop.mood.very-unhappy',
  unhappy: 'workshop.mood.unhappy',
  neutral: 'workshop.mood.neutral',
  happy: 'workshop.mood.happy',
  delighted: 'workshop.mood.delighted',
} as const satisfies Readonly<Record<MoodKey, MessageKey>>;
