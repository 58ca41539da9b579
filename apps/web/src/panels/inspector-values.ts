import type { StepPatch } from '@journeyboard/journey';
import { type Message, message } from '../i18n/i18n';
import { clampRating, moodOf } from '../look/faces';

/** Parses the duration field: blank clears it; otherwise a whole number of minutes, 0 or more. */
export function parseDuration(
  text: string,
): { ok: true; value: number | null } | { ok: false; message: Message } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: message('panels.inspector.duration-invalid') };
  return { ok: true, value: Number(trimmed) };
}

/**
 * The step fields the facilitator's consensus writes: the score and the face it stands for (kept in the
 * step's emotion, so exports and older readers agree with what the board shows); null clears both.
 */
export function consensusPatch(score: number | null): Pick<StepPatch, 'score' | 'emotion'> {
  const mood = moodOf(score);
  return mood ? { score: clampRating(score!)!, emotion: mood.emotion } : { score: null, emotion: null };
}
