import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The web client's module graph as far as messages care (Node only, never bundled): which module imports
// which, statically or lazily, and which message bundles a lazy import loads together with the code
// (`withMessages(['after'], () => import('./x'))`). From it, the bundles each module can rely on.

export interface ModuleImports {
  /** Modules whose code runs before this one's (`import … from`, `export … from`, `import '…'`). */
  readonly statics: readonly string[];
  /** `import('…')` sites: the module, and the bundles loaded with it (empty when none are). */
  readonly lazies: readonly { readonly module: string; readonly bundles: readonly string[] }[];
}

// `import type` / `export type` bring no code; `import { type A, b }` does.
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?(['"])([^'"]+)\1/gm;
const LAZY_IMPORT = /\bimport\(\s*(['"])([^'"]+)\1\s*\)/g;
const WITH_MESSAGES = /\bwithMessages\(\s*\[([^\]]*)\]/g;

function stringsIn(list: string): string[] {
  return [...list.matchAll(/(['"])([^'"]+)\1/g)].map((match) => match[2]!);
}

/**
 * The imports of one source text, as written (specifiers, not files). A lazy import inside a
 * `withMessages([…], …)` call — the nearest one before it, closing after it — loads those bundles too.
 */
export function importsOf(source: string): {
  statics: string[];
  lazies: { module: string; bundles: string[] }[];
} {
  const statics = [...source.matchAll(STATIC_IMPORT)].map((match) => match[2]!);
  const wrappers = [...source.matchAll(WITH_MESSAGES)].map((match) => ({
    start: match.index,
    end: callEnd(source, match.index + match[0].indexOf('(')),
    bundles: stringsIn(match[1]!),
  }));
  const lazies = [...source.matchAll(LAZY_IMPORT)].map((match) => {
    const around = wrappers.filter((w) => w.start < match.index && match.index < w.end).at(-1);
    return { module: match[2]!, bundles: around?.bundles ?? [] };
  });
  return { statics, lazies };
}

/** The index just after the parenthesis that closes the one at `open` (strings are not special-cased). */
function callEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

/**
 * The bundles each module can rely on being loaded when its code runs: the entry has `base`; a static
 * import passes the importer's bundles on, a lazy import adds the ones loaded with it. A module reached
 * several ways relies only on what every way guarantees (the intersection).
 */
export function reliableBundles(
  graph: ReadonlyMap<string, ModuleImports>,
  entry: string,
  base: readonly string[],
): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>([[entry, new Set(base)]]);
  const queue = [entry];
  const visit = (module: string, offered: ReadonlySet<string>) => {
    const known = result.get(module);
    if (!known) {
      result.set(module, new Set(offered));
      queue.push(module);
      return;
    }
    const narrowed = [...known].filter((bundle) => offered.has(bundle));
    if (narrowed.length === known.size) return;
    result.set(module, new Set(narrowed));
    queue.push(module);
  };
  while (queue.length > 0) {
    const module = queue.shift()!;
    const mine = result.get(module)!;
    const imports = graph.get(module);
    if (!imports) continue;
    for (const imported of imports.statics) visit(imported, mine);
    for (const lazy of imports.lazies) visit(lazy.module, new Set([...mine, ...lazy.bundles]));
  }
  return result;
}

const SOURCE = /\.tsx?$/;

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (SOURCE.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** The graph of the web client's own modules under `root` (paths relative to it; tests left out). */
export function readModuleGraph(root: string): Map<string, ModuleImports> {
  const graph = new Map<string, ModuleImports>();
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (file) => SOURCE.test(file) && !/\.test\.tsx?$/.test(file),
  );
  for (const file of files) {
    const path = join(root, file);
    const { statics, lazies } = importsOf(readFileSync(path, 'utf8'));
    const local = (specifier: string) => {
      const resolved = resolveModule(path, specifier);
      return resolved ? relative(root, resolved) : null;
    };
    graph.set(file, {
      statics: statics.map(local).filter((m): m is string => m !== null),
      lazies: lazies.flatMap((lazy) => {
        const module = local(lazy.module);
        return module ? [{ module, bundles: lazy.bundles }] : [];
      }),
    });
  }
  return graph;
}
