import { JourneyError, type JourneyErrorCode } from '@journeyboard/journey';
import { type Message, message } from '../i18n/i18n';

// The model refuses an edit with a code (`JourneyError.code`: invalid, too-long, missing…), the path of
// the field it concerns (`meta.title`, `persona.goals[2]`, `text`) and an English reason for developers.
// The person reads one sentence in their own language, worded from the code and naming the field.

/** The fields a refusal can name (the `select` cases of `edit-error.invalid` and `edit-error.too-long`). */
export const REFUSED_FIELDS = [
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

export type RefusedField = (typeof REFUSED_FIELDS)[number] | 'other';

/** The field a refusal concerns (the last known part of its path), or `other`. */
export function refusedField(error: unknown): RefusedField {
  if (!(error instanceof JourneyError)) return 'other';
  const known = error.path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter((part): part is RefusedField => (REFUSED_FIELDS as readonly string[]).includes(part));
  return known.at(-1) ?? 'other';
}

const KEYS = {
  invalid: 'edit-error.invalid',
  'too-long': 'edit-error.too-long',
  missing: 'edit-error.missing',
  exists: 'edit-error.exists',
  'no-votes-left': 'edit-error.no-votes-left',
  'newer-version': 'edit-error.newer-version',
  'not-migrated': 'edit-error.not-migrated',
} as const satisfies Record<JourneyErrorCode, string>;

/**
 * Why the model refused an edit, as a message in the reader's language ("the goal is too long (at most
 * 20,000 characters)"): worded from the code, naming the field where the code is about a value. Anything
 * else thrown is a defect: logged, and worded without its (English, technical) text.
 */
export function editErrorMessage(error: unknown): Message {
  if (!(error instanceof JourneyError)) {
    console.error('an edit failed unexpectedly:', error);
    return message('edit-error.unexpected');
  }
  switch (error.code) {
    case 'too-long':
      return message(KEYS[error.code], { field: refusedField(error), maximum: error.maximum ?? 0 });
    case 'invalid':
      return message(KEYS[error.code], { field: refusedField(error) });
    default:
      return message(KEYS[error.code]);
  }
}
