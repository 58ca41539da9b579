import { JourneyError } from '@journeyboard/journey';
import { type Message, message } from '../i18n/i18n';

// The model refuses a value with an English reason for developers and the path of the field it concerns
// (`meta.title`, `persona.goals[2]`, `text`): the person reads a sentence in their own language naming that field.

const FIELDS = [
  'title',
  'goal',
  'expectations',
  'scopeStart',
  'scopeEnd',
  'targetScore',
  'name',
  'job',
  'goals',
  'frustrations',
  'quote',
  'text',
] as const;

/** The field a refusal concerns (a `select` case of the messages below), or `other`. */
export function refusedField(error: unknown): string {
  if (!(error instanceof JourneyError)) return 'other';
  const known = error.path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter((part) => (FIELDS as readonly string[]).includes(part));
  return known.at(-1) ?? 'other';
}

/** A change to the journey's frame or a persona that the model refused. */
export function notSavedMessage(error: unknown): Message {
  return message('workshop.error.not-saved', { field: refusedField(error) });
}

/** A question the model refused. */
export function notPostedMessage(error: unknown): Message {
  return message('workshop.questions.not-posted', { field: refusedField(error) });
}
