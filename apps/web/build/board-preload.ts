import type { Plugin } from 'vite';

/** The part of a built chunk this plugin reads (Rollup's and Rolldown's output chunks both have it). */
export interface ChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  /** The modules bundled into the chunk. */
  moduleIds?: readonly string[];
  imports?: readonly string[];
}

/** The chunk holding the module `moduleSuffix` and every chunk it imports statically, in load order. */
export function chunkClosure(bundle: Record<string, ChunkInfo>, moduleSuffix: string): string[] {
  const entry = Object.values(bundle).find(
    (item) => item.type === 'chunk' && item.moduleIds?.some((id) => id.endsWith(moduleSuffix)),
  );
  if (!entry) return [];
  const files: string[] = [];
  const visit = (fileName: string) => {
    if (files.includes(fileName)) return;
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') return;
    for (const imported of chunk.imports ?? []) visit(imported);
    files.push(fileName);
  };
  visit(entry.fileName);
  return files;
}

/**
 * An inline script that, on a board link only, asks for `hrefs` as module preloads while the HTML is
 * still being parsed: before the app shell's script has even arrived, let alone run.
 */
export function boardPreloadScript(hrefs: readonly string[]): string {
  return [
    `if (/^\\/b\\/[^/]+\\/?$/.test(location.pathname))`,
    `  for (const href of ${JSON.stringify(hrefs)}) {`,
    `    const link = document.createElement('link');`,
    `    link.rel = 'modulepreload';`,
    // As Vite's own preload links: the same request as the import that follows, so the same cache entry.
    `    link.crossOrigin = '';`,
    `    link.href = href;`,
    `    document.head.appendChild(link);`,
    `  }`,
  ].join('\n');
}

/**
 * On a board link the app shell opens the content room's socket at once and applies the relay's answer
 * as soon as Yjs and the early-answer code are there (`src/app/early-sync.ts`). Loaded as dependencies
 * of the board's code, they arrived with it, so the answer was applied by the board's connection on the
 * critical path; preloaded from the HTML, they arrive with the app shell.
 */
export function boardPreload(moduleSuffix = '/src/app/early-answer.ts'): Plugin {
  let base = '/';
  return {
    name: 'journeyboard:board-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return;
        const files = chunkClosure(context.bundle as unknown as Record<string, ChunkInfo>, moduleSuffix);
        if (files.length === 0) {
          this.warn(`board-preload: no chunk for ${moduleSuffix}; board links preload nothing`);
          return;
        }
        // What the page preloads anyway (the app shell's own chunks) is not asked for twice.
        const wanted = files.filter((file) => !html.includes(`${base}${file}`));
        if (wanted.length === 0) return;
        return [
          {
            tag: 'script',
            children: boardPreloadScript(wanted.map((file) => `${base}${file}`)),
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
