import { DECLARED_KINDS, REFUSAL_CODES, type RefusalCode } from '@journeyboard/journey';
import { type Message, message } from '../i18n/i18n';

/**
 * The relay refuses an update with the close reason `<code> <path>` (e.g. `role step.score`): the code
 * from the journey package's REFUSAL_CODES, the path naming the kind of entry and field. This turns it
 * into a sentence for the person whose change it was, in their language (`refusal.notice` chooses the
 * words by kind and code; a declared kind without words of its own, or anything else, reads as "other").
 */

function isRefusalCode(value: string): value is RefusalCode {
  return (REFUSAL_CODES as readonly string[]).includes(value);
}

export function explainRefusal(reason: string): Message {
  const [code = '', path = ''] = reason.trim().split(/\s+/, 2);
  const kind = path.split('.')[0] ?? '';
  return message('refusal.notice', {
    kind: (DECLARED_KINDS as readonly string[]).includes(kind) ? kind : 'other',
    code: isRefusalCode(code) ? code : 'other',
  });
}
