import type { Translate } from '../i18n/i18n';
import { moodOf } from '../look/faces';

/** "4 of 10, Unhappy", or "not set", in the reader's language (the outline's line; no faces drawn). */
export function consensusText(t: Translate, score: number | null): string {
  if (score === null) return t('panels.consensus.not-set');
  const mood = moodOf(score);
  return t('look.rating-name', { value: score, mood: mood ? t(mood.nameKey) : '' });
}
