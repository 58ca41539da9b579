import { ATTACHMENT_TYPES } from '@journeyboard/journey';
import { type Message, message } from '../i18n/i18n';

/** What the file picker offers (the relay reads the real type from the bytes). */
export const ACCEPT = ATTACHMENT_TYPES.join(',');

/** Why a file is refused before sending it, or null: a browser's type is only a hint, the relay decides. */
export function precheckFile(file: { type: string; size: number }): 'empty' | 'type' | null {
  if (file.size === 0) return 'empty';
  if (file.type && !(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return 'type';
  return null;
}

/** A file refused before sending, said for a person: "shot.svg: only PNG, JPEG … can be attached." */
export function refusedFile(name: string, problem: 'empty' | 'type'): Message {
  return message('evidence.upload.refused', { named: name ? 'yes' : 'no', name, problem });
}

/** The sizes the relay names in its sentence ("larger than 10 MiB", "(9.5 MiB of 10 MiB)"), in order. */
function sizesIn(text: string): string[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?) MiB/g)].map((m) => `${m[1]} MiB`);
}

/**
 * A failed upload, said for a person from the relay's code (`too_large`, `quota`, `unsupported_type`,
 * `unreadable`, `role`, `locked`, `empty`), or this client's (`network`, `gone`: the item was deleted
 * meanwhile, `not_attached`); `retry` says whether trying again can help. The relay's own sentence is
 * only read for the sizes it names.
 */
export function uploadFailure(
  code: string,
  relaySays: string,
  parentKind = '',
): { readonly text: Message; readonly retry: boolean } {
  switch (code) {
    case 'too_large': {
      const [limit] = sizesIn(relaySays);
      return {
        text: limit
          ? message('evidence.upload.too-large', { limit })
          : message('evidence.upload.too-large-unknown'),
        retry: false,
      };
    }
    case 'quota': {
      const [used, max] = sizesIn(relaySays);
      return {
        text:
          used && max
            ? message('evidence.upload.quota', { used, max })
            : message('evidence.upload.quota-unknown'),
        retry: false,
      };
    }
    case 'unsupported_type':
      return { text: message('evidence.upload.unsupported'), retry: false };
    case 'unreadable':
      return { text: message('evidence.upload.unreadable'), retry: false };
    case 'empty':
      return { text: message('evidence.upload.empty'), retry: false };
    case 'role':
      return { text: message('evidence.upload.role'), retry: false };
    case 'locked':
      return { text: message('evidence.upload.locked'), retry: true };
    case 'network':
      return { text: message('evidence.upload.network'), retry: true };
    case 'gone':
      return { text: message('evidence.upload.gone', { kind: parentKind }), retry: false };
    case 'not_attached':
      return { text: message('evidence.upload.not-attached'), retry: false };
    default:
      return { text: message('evidence.upload.failed', { code }), retry: true };
  }
}
