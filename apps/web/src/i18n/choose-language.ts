import {
  browserStore,
  type KeyValueStore,
  loadLanguagePreference,
  saveLanguagePreference,
} from '../app/local-prefs';
import { activateLanguage, activateWithoutMessages, currentLanguage, i18n } from './i18n';
import { FALLBACK_LANGUAGE, type Language, pickLanguage } from './languages';

/** The language this browser chose before, else the first of its preferred languages that we speak. */
export function initialLanguage(store: KeyValueStore | null, preferred: readonly string[]): Language {
  return loadLanguagePreference(store) ?? pickLanguage(preferred);
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** `<html lang>` follows the interface language, so screen readers pronounce it right. */
function followDocumentLanguage(): void {
  if (typeof document === 'undefined') return;
  const apply = () => {
    document.documentElement.lang = currentLanguage();
  };
  i18n.on('change', apply);
  apply();
}

/**
 * Activates this browser's language before the first render. If its messages cannot be fetched (a
 * deploy replaced the chunk, the network dropped), the fallback language is tried before giving up.
 */
export async function startLanguage(store = browserStore(), preferred = browserLanguages()): Promise<void> {
  followDocumentLanguage();
  const language = initialLanguage(store, preferred);
  try {
    await activateLanguage(language);
  } catch (error) {
    if (language === FALLBACK_LANGUAGE) throw error;
    console.error(`the ${language} messages did not load; falling back`, error);
    await activateLanguage(FALLBACK_LANGUAGE).catch((fallbackError: unknown) => {
      // Nothing arrived: the page still renders (showing message keys) instead of crashing on `t`.
      activateWithoutMessages(FALLBACK_LANGUAGE);
      throw fallbackError;
    });
  }
}

/** The reader picked a language: remembered in this browser only, never written to a board. */
export async function chooseLanguage(language: Language, store = browserStore()): Promise<void> {
  await activateLanguage(language);
  saveLanguagePreference(language, store);
}
