/**
 * The languages templates are written in. A board is created in its creator's language: its content
 * (titles, steps, notes, lane and channel names) is then the board's own and is never translated.
 */
export const CONTENT_LANGUAGES = ['en', 'nl'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
export const DEFAULT_CONTENT_LANGUAGE: ContentLanguage = 'en';

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}
