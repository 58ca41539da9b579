import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

/** The module the page's inline early script is bundled from (it and its imports stay free of zod and React). */
export const EARLY_INFO_ENTRY = fileURLToPath(new URL('../src/app/early-info-inline.ts', import.meta.url));

/**
 * The page's inline early script: `src/app/early-info-inline.ts` and what it imports (the app's own route,
 * identity and request code, not a copy of it) bundled into one minified script that runs while the HTML
 * is parsed. build/board-preload.ts puts it into index.html, ahead of the board's module preloads.
 */
export async function earlyInfoScript(entry = EARLY_INFO_ENTRY): Promise<string> {
  const bundle = await rolldown({ input: entry, platform: 'browser', logLevel: 'warn' });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    const [chunk] = output;
    if (chunk?.type !== 'chunk') throw new Error('early-info-script: no script was bundled');
    return chunk.code.trim();
  } finally {
    await bundle.close();
  }
}
