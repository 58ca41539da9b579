import { useMemo, useSyncExternalStore } from 'react';
import { currentLanguage, i18n, type Message, type MessageKey, type MessageValues, t } from './i18n';
import type { Language } from './languages';

function subscribe(notify: () => void): () => void {
  return i18n.on('change', notify);
}

/** The reader's language; the component re-renders when they choose another. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
}

/**
 * The translate function for the reader's language. A new function per language, so memoised values
 * that depend on it are recomputed when the language changes.
 */
export function useT(): (key: MessageKey | Message, values?: MessageValues) => string {
  const language = useLanguage();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh function per language is the point
  return useMemo(() => (key: MessageKey | Message, values?: MessageValues) => t(key, values), [language]);
}
