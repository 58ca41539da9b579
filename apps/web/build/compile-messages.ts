import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

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

/** Runs before Vite's JSON plugin: the messages file stays JSON, with compiled messages as its values. */
export function compileMessages(): Plugin {
  return {
    name: 'journeyboard:compile-messages',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!MESSAGES_FILE.test(file)) return null;
      return { code: JSON.stringify(compileCatalog(JSON.parse(code), file)), map: null };
    },
  };
}
