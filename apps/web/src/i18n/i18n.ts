import { type Messages, setupI18n } from '@lingui/core';
import { FALLBACK_LANGUAGE, isLanguage, type Language } from './languages';
import type english from './messages/en.json';

/** Every message key; English is the reference catalog (a test keeps the others in step with it). */
export type MessageKey = keyof typeof english;
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/**
 * A sentence not yet put into words: code outside React (close reasons, refusals, connection status)
 * returns these, and the component showing one translates it in the reader's language at render time.
 */
export interface Message {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

export function message(key: MessageKey, values?: MessageValues): Message {
  return values ? { key, values } : { key };
}

/** The one Lingui instance of the page. */
export const i18n = setupI18n();

// One chunk per language, fetched only when that language is chosen (compiled at build time, see
// build/compile-messages.ts, so no message parser ships to the browser).
const catalogs = import.meta.glob<Messages>('./messages/*.json', { import: 'default' });

/** The loader of a language's compiled messages (a chunk of its own), if we have that language. */
export function catalogOf(language: Language): (() => Promise<Messages>) | undefined {
  return catalogs[`./messages/${language}.json`];
}

const loaded = new Set<string>();

/** Fetches a language's messages (once) and makes it the page's language. */
export async function activateLanguage(language: Language): Promise<void> {
  if (!loaded.has(language)) {
    const load = catalogOf(language);
    if (!load) throw new Error(`no messages for language "${language}"`);
    i18n.load(language, await load());
    loaded.add(language);
  }
  i18n.activate(language);
}

/** Last resort when no messages could be fetched: `t` answers with keys rather than throwing. */
export function activateWithoutMessages(language: Language): void {
  if (!loaded.has(language)) i18n.load(language, {});
  i18n.activate(language);
}

/** The active language (the fallback until one is activated). */
export function currentLanguage(): Language {
  const locale = i18n.locale;
  return isLanguage(locale) ? locale : FALLBACK_LANGUAGE;
}

/** Translates a key, or a `Message`, in the active language. */
export function t(key: MessageKey | Message, values?: MessageValues): string {
  if (typeof key === 'string') return i18n._(key, values as Record<string, unknown> | undefined);
  return i18n._(key.key, key.values as Record<string, unknown> | undefined);
}

export type Translate = typeof t;
