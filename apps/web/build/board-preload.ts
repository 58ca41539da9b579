import type { Plugin } from 'vite';
import { earlyInfoScript } from './early-info-script';

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
 * The chunks of every module in `moduleSuffixes` with what they import, each once, in that order
 * (dependencies first), and the modules no chunk holds.
 */
export function preloadFiles(
  bundle: Record<string, ChunkInfo>,
  moduleSuffixes: readonly string[],
): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const moduleSuffix of moduleSuffixes) {
    const closure = chunkClosure(bundle, moduleSuffix);
    if (closure.length === 0) missing.push(moduleSuffix);
    for (const file of closure) if (!files.includes(file)) files.push(file);
  }
  return { files, missing };
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
 * `html` with the inline `script` ahead of the page's first module script and stylesheet: a classic
 * script after a stylesheet waits until that stylesheet has arrived, and these requests should not.
 */
export function placeBeforeStyles(html: string, script: string): string {
  const first = /<script type="module"|<link rel="(?:modulepreload|stylesheet)"/.exec(html);
  const at = first ? first.index : html.indexOf('</head>');
  if (at < 0) throw new Error('board-preload: index.html has no <head> to put the early script in');
  return `${html.slice(0, at)}<script>${script}</script>\n    ${html.slice(at)}`;
}

/**
 * On a board link the page needs the board's code (`src/board/board-session.tsx`: Konva, the canvas),
 * React DOM and the app shell (`src/app/app-root.tsx`, imported by the entry once it has started the
 * board's requests) and, to apply the relay's first answer while that code still loads, Yjs and the
 * early-answer code (`src/app/early-sync.ts`). Imported by the entry and the app shell, they are requested
 * only once their scripts have arrived and run (~0.3 s in); preloaded from the HTML, they are requested
 * while it is being parsed, and the early answer's code comes first.
 */
export function boardPreload(
  earlyScript: () => Promise<string> = earlyInfoScript,
  moduleSuffixes: readonly string[] = [
    '/src/app/early-answer.ts',
    '/src/app/app-root.tsx',
    '/src/board/board-session.tsx',
  ],
): Plugin {
  let base = '/';
  return {
    name: 'journeyboard:board-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.bundle) return;
        // First the board's info (src/app/early-info-inline.ts), then the preloads, in one script.
        const early = await earlyScript();
        const bundle = context.bundle as unknown as Record<string, ChunkInfo>;
        const { files, missing } = preloadFiles(bundle, moduleSuffixes);
        for (const moduleSuffix of missing)
          this.warn(`board-preload: no chunk for ${moduleSuffix}; not preloaded`);
        // What the page preloads anyway (the app shell's own chunks) is not asked for twice.
        const wanted = files.filter((file) => !html.includes(`${base}${file}`));
        const preloads =
          wanted.length === 0 ? '' : boardPreloadScript(wanted.map((file) => `${base}${file}`));
        return placeBeforeStyles(html, [early, preloads].filter(Boolean).join('\n'));
      },
    },
  };
}
