import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { bundleOf, isBundle } from '../src/i18n/bundles';

/** A language's messages file: `src/i18n/messages/<language>.json`, one flat object of key → ICU message. */
export const MESSAGES_FILE = /\/src\/i18n\/messages\/[a-z]{2,3}(?:-[A-Za-z0-9]+)*\.json$/;

/**
 * Compiles each ICU message of a catalog into Lingui's compiled form (plain JSON: strings and arrays), so
 * the browser gets no message parser: the runtime only interpolates. Throws on a message that does not
 * parse, naming its key, so a broken translation fails the build instead of showing raw braces.
 */
export function compileCatalog(catalog: unknown, file = 'messages'): Record<string, unknown> {
  if (!catalog || typeof catalog !== 'object' || Array.isArray(catalog)) {
    throw new Error(`${file}: expected one object of key → message`);
  }
  const compiled: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(catalog)) {
    if (typeof message !== 'string') throw new Error(`${file}: "${key}" is not a string`);
    try {
      compiled[key] = compileMessageOrThrow(message);
    } catch (error) {
      throw new Error(`${file}: "${key}" is not a valid ICU message (${(error as Error).message})`);
    }
  }
  return compiled;
}

/**
 * The part of a catalog delivered in one bundle (src/i18n/bundles.ts): `messages/nl.json?bundle=after`
 * keeps only the keys of `after`. Without a bundle the whole catalog is kept.
 */
export function bundleCatalog(catalog: unknown, bundle: string | null, file = 'messages'): unknown {
  if (bundle === null) return catalog;
  if (!isBundle(bundle)) throw new Error(`${file}: no message bundle "${bundle}" (see src/i18n/bundles.ts)`);
  if (!catalog || typeof catalog !== 'object' || Array.isArray(catalog)) return catalog;
  return Object.fromEntries(Object.entries(catalog).filter(([key]) => bundleOf(key) === bundle));
}

/**
 * Runs before Vite's JSON plugin: the messages file stays JSON, with compiled messages as its values;
 * an import asking for one bundle (`?bundle=core`) gets a module of that bundle's messages only.
 */
export function compileMessages(): Plugin {
  return {
    name: 'journeyboard:compile-messages',
    enforce: 'pre',
    transform(code, id) {
      const [file = id, query = ''] = id.split('?');
      if (!MESSAGES_FILE.test(file)) return null;
      const bundle = new URLSearchParams(query).get('bundle');
      const compiled = JSON.stringify(compileCatalog(bundleCatalog(JSON.parse(code), bundle, file), file));
      if (bundle === null) return { code: compiled, map: null };
      // Vite's JSON plugin leaves an id with an unknown query alone: a bundle becomes a module itself
      // (JSON is a JavaScript expression).
      return { code: `export default ${compiled};`, moduleType: 'js', map: null };
    },
  };
}
