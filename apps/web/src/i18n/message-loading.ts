import type { I18n, Messages } from '@lingui/core';
import type { Bundle } from './bundles';
import type { Language } from './languages';

/** Fetches one bundle of one language's compiled messages, or `undefined` when we have no such file. */
export type BundleLoader = (language: Language, bundle: Bundle) => (() => Promise<Messages>) | undefined;

export interface MessageLoading {
  /** Fetches `bundles` (once) and keeps them for every language the page switches to later. */
  ensure(bundles: readonly Bundle[]): Promise<void>;
  /** Fetches the bundles asked for so far in `language` (once), then makes it the page's language. */
  activate(language: Language): Promise<void>;
  /** Whether `bundle` of `language` has arrived. */
  has(language: Language, bundle: Bundle): boolean;
}

/**
 * Which bundles of which languages are on the page. Bundles are asked for by the code that needs them
 * and stay wanted: a switch of language fetches every wanted bundle in the new language before the page
 * changes language, so text already on screen never shows a raw key.
 */
export function createMessageLoading(
  i18n: I18n,
  loaderOf: BundleLoader,
  base: readonly Bundle[],
): MessageLoading {
  const wanted = new Set<Bundle>(base);
  const arrived = new Map<Language, Set<Bundle>>();
  const pending = new Map<string, Promise<void>>();
  // The language last asked for: bundles asked for during a switch are fetched in it too.
  let target: Language | null = null;

  const has = (language: Language, bundle: Bundle) => arrived.get(language)?.has(bundle) ?? false;

  const fetchBundle = (language: Language, bundle: Bundle): Promise<void> => {
    if (has(language, bundle)) return Promise.resolve();
    const id = `${language}:${bundle}`;
    let fetching = pending.get(id);
    if (!fetching) {
      const load = loaderOf(language, bundle);
      if (!load) return Promise.reject(new Error(`no messages for language "${language}"`));
      fetching = load().then(
        (messages) => {
          i18n.load(language, { ...messages });
          arrived.set(language, new Set(arrived.get(language)).add(bundle));
          pending.delete(id);
        },
        (error: unknown) => {
          // Not remembered: the next ask tries again (a dropped connection, a replaced chunk).
          pending.delete(id);
          throw error;
        },
      );
      pending.set(id, fetching);
    }
    return fetching;
  };

  const languagesInUse = (): Language[] => {
    const shown = i18n.locale as Language;
    const languages = target ? [target] : [];
    if (shown && shown !== target && arrived.has(shown)) languages.push(shown);
    return languages;
  };

  return {
    has,
    async ensure(bundles) {
      for (const bundle of bundles) wanted.add(bundle);
      await Promise.all(
        languagesInUse().flatMap((language) => bundles.map((bundle) => fetchBundle(language, bundle))),
      );
    },
    async activate(language) {
      target = language;
      // A bundle asked for while these were on their way is fetched before the switch, too.
      const missing = () => [...wanted].filter((bundle) => !has(language, bundle));
      try {
        for (let left = missing(); left.length > 0; left = missing()) {
          await Promise.all(left.map((bundle) => fetchBundle(language, bundle)));
        }
      } catch (error) {
        // The page stays in the language it shows; bundles asked for later come in that one.
        if (target === language) target = (i18n.locale as Language) || null;
        throw error;
      }
      // A later choice of language wins over this one.
      if (target === language) i18n.activate(language);
    },
  };
}
