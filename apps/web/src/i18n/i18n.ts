import { type Messages, setupI18n } from '@lingui/core';
import { BUNDLES, type Bundle } from './bundles';
import { FALLBACK_LANGUAGE, isLanguage, type Language } from './languages';
import { createMessageLoading } from './message-loading';
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

// Each language is one messages file, cut at build time into bundles (bundles.ts): a chunk per bundle
// and language, fetched only when that language is chosen and that bundle is needed (compiled at build
// time, see build/compile-messages.ts, so no message parser ships to the browser). The globs must be
// literal, one per bundle; the record's type keeps them in step with BUNDLES.
type Catalogs = Record<string, () => Promise<Messages>>;
const catalogs: Record<Bundle, Catalogs> = {
  core: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=core', import: 'default' }),
  after: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=after', import: 'default' }),
  workshop: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=workshop', import: 'default' }),
  feedback: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=feedback', import: 'default' }),
  structure: import.meta.glob<Messages>('./messages/*.json', {
    query: '?bundle=structure',
    import: 'default',
  }),
  inspector: import.meta.glob<Messages>('./messages/*.json', {
    query: '?bundle=inspector',
    import: 'default',
  }),
  start: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=start', import: 'default' }),
  share: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=share', import: 'default' }),
  evidence: import.meta.glob<Messages>('./messages/*.json', {
    query: '?bundle=evidence',
    import: 'default',
  }),
  outline: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=outline', import: 'default' }),
  presence: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=presence', import: 'default' }),
  input: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=input', import: 'default' }),
  refusal: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=refusal', import: 'default' }),
  edit: import.meta.glob<Messages>('./messages/*.json', { query: '?bundle=edit', import: 'default' }),
};

/** The loader of one bundle of a language's compiled messages (a chunk of its own), if we have that language. */
export function bundleLoaderOf(language: Language, bundle: Bundle): (() => Promise<Messages>) | undefined {
  return catalogs[bundle][`./messages/${language}.json`];
}

/** All of a language's messages, every bundle (for exports written in a board's language). */
export async function loadAllMessages(language: Language): Promise<Messages> {
  const loaders = BUNDLES.map((bundle) => bundleLoaderOf(language, bundle));
  if (loaders.some((load) => !load)) throw new Error(`no messages for language "${language}"`);
  const parts = await Promise.all(loaders.map((load) => load!()));
  return Object.assign({}, ...parts) as Messages;
}

const loading = createMessageLoading(i18n, bundleLoaderOf, ['core']);

/** Fetches a language's messages (the bundles asked for so far, once) and makes it the page's language. */
export function activateLanguage(language: Language): Promise<void> {
  return loading.activate(language);
}

/**
 * Fetches message bundles that lazily loaded code needs, in the page's language; they are fetched again
 * in any language the person switches to later.
 */
export function ensureMessages(...bundles: Bundle[]): Promise<void> {
  return loading.ensure(bundles);
}

/**
 * A loader of lazily loaded code that also fetches the message bundles that code uses, in parallel:
 * `lazyPart(withMessages(['after'], () => import('./after-panel-open').then((m) => m.AfterPanelOpen)))`.
 * build/i18n/message-bundles.test.ts reads these calls to know which bundles lazy code can rely on.
 */
export function withMessages<T>(bundles: readonly Bundle[], load: () => Promise<T>): () => Promise<T> {
  return async () => {
    const [value] = await Promise.all([load(), loading.ensure(bundles)]);
    return value;
  };
}

/** Last resort when no messages could be fetched: `t` answers with keys rather than throwing. */
export function activateWithoutMessages(language: Language): void {
  if (!loading.has(language, 'core')) i18n.load(language, {});
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
