/**
 * The languages of the interface, each named in its own language (what the picker shows). A language
 * is one messages file (`messages/<code>.json`) plus its line here; see README.md, "Adding a language".
 */
export const LANGUAGES = {
  en: 'English',
  nl: 'Nederlands',
} as const;

export type Language = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

/** When none of the browser's languages is ours. */
export const FALLBACK_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/**
 * The first of the browser's preferred languages (`navigator.languages`, best first) that we speak,
 * matching on the primary subtag (`nl-BE` → `nl`); the fallback when none is.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}
