import { JourneyError, type JourneyErrorCode } from '@journeyboard/journey';
import { type Message, message } from '../i18n/i18n';

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
 * Why an edit was refused, as a message in the reader's language: the model speaks in codes
 * (`JourneyError.code`), the client in sentences. Anything else thrown is a defect: logged, and worded
 * without its (English, technical) text.
 */
export function editErrorMessage(error: unknown): Message {
  if (error instanceof JourneyError)
    return error.code === 'too-long'
      ? message(KEYS[error.code], { maximum: error.maximum ?? 0 })
      : message(KEYS[error.code]);
  console.error('an edit failed unexpectedly:', error);
  return message('edit-error.unexpected');
}
