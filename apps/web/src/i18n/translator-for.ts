import { type I18n, setupI18n } from '@lingui/core';
import { loadAllMessages, type Message, type MessageKey, type MessageValues, type Translate } from './i18n';
import type { Language } from './languages';

// A translate function for one given language, whatever language the page speaks: exports are written
// in the board's language, not the reader's. Each language gets its own Lingui instance (the page's
// instance stays on the reader's language) and its catalog is fetched once, when first asked for.

const instances = new Map<Language, Promise<I18n>>();

function instanceFor(language: Language): Promise<I18n> {
  let instance = instances.get(language);
  if (!instance) {
    // Every bundle: an export uses words from all over the product.
    instance = loadAllMessages(language).then((messages) =>
      setupI18n({ locale: language, messages: { [language]: messages } }),
    );
    // A failed fetch is not remembered: the next export tries again.
    instance.catch(() => instances.delete(language));
    instances.set(language, instance);
  }
  return instance;
}

/** Resolves to `t` for `language` (loading its messages if needed), independent of the page's language. */
export async function translatorFor(language: Language): Promise<Translate> {
  const instance = await instanceFor(language);
  return (key: MessageKey | Message, values?: MessageValues) =>
    typeof key === 'string'
      ? instance._(key, values as Record<string, unknown> | undefined)
      : instance._(key.key, key.values as Record<string, unknown> | undefined);
}
