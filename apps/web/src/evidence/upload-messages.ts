import { ATTACHMENT_TYPES } from '@journeyboard/journey';

/** What the file picker offers (the relay reads the real type from the bytes). */
export const ACCEPT = ATTACHMENT_TYPES.join(',');

/** A first look at a file before sending it: a browser's type is only a hint, the relay decides. */
export function precheckFile(file: { type: string; size: number }): string | null {
  if (file.size === 0) return 'the file is empty';
  if (file.type && !(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) {
    return 'only PNG, JPEG, WebP, GIF images and PDF documents can be attached';
  }
  return null;
}

/** A failed upload, said for a person; `retry` says whether trying again can help. */
export function uploadFailure(code: string, message: string): { text: string; retry: boolean } {
  switch (code) {
    case 'too_large':
      return { text: `Too big: ${message}.`, retry: false };
    case 'quota':
      return { text: `No room left: ${message}. Remove files the board no longer needs.`, retry: false };
    case 'unsupported_type':
    case 'unreadable':
      return { text: `Not taken: ${message}.`, retry: false };
    case 'role':
      return { text: 'Refused: your link lets you watch, not add files.', retry: false };
    case 'locked':
      return {
        text: 'Refused: the board is locked. Try again once the facilitator unlocks it.',
        retry: true,
      };
    case 'network':
      return {
        text: 'Not sent: the relay could not be reached. It is sent when you are back online.',
        retry: true,
      };
    case 'gone':
      return { text: `Not attached: ${message}.`, retry: false };
    default:
      return { text: `Not sent: ${message}.`, retry: true };
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
