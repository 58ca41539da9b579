import { resolve } from 'node:path';

// The code a board link loads before its first frame, in a few chunks instead of ~30.
//
// Left to itself, the bundler splits every module that a lazy part of the app shares with the first load
// into a chunk of its own: a board link fetched 33 files, 20 of them under 1 KB. Each file is compressed
// alone, so each loses what it has in common with the others: the 33 files were 226.2 KB gzipped, the
// same code in one file 217.7 KB. Here the first load's modules are grouped by the step of the start that
// needs them, in the order the page asks for them:
//   - `first-read`: what applies the relay's first answer (Yjs, the journey's reading, zod), which the page
//     fetches beside the app shell to use the answer while the rest still loads;
//   - `first-shell`: the app shell (React DOM, the i18n layer, the stores);
//   - `first-board`: the board's own code (Konva, the canvas, the board's header and panels' frames).
// A lazy part imports what it shares with the first load from these chunks, which a board link has already
// loaded. The entry (the early socket) keeps its own small chunk: it must run before anything else arrives.

/** Which first-load step a module belongs to, by the static imports of each step's start. */
export interface FirstLoadSteps {
  /** The entry: the modules it needs stay where the bundler puts them (its chunk and what it imports). */
  readonly entry: string;
  /**
   * Modules the entry takes only constants from: their own imports are not the entry's (the module graph
   * knows modules, not which of their statements survive tree-shaking).
   */
  readonly entryLeaf: (id: string) => boolean;
  /** The chunk of what the entry needs besides itself. */
  readonly entryChunk: string;
  /** Later steps, first first: a module goes to the earliest step that reaches it. */
  readonly steps: readonly { readonly name: string; readonly start: string }[];
}

export interface ModuleGraph {
  /** The modules `id` imports statically (not through `import()`). */
  staticImports(id: string): readonly string[];
  /** The names `id` exports. */
  exportsOf(id: string): readonly string[];
  /** The module's code, or null when unknown. */
  codeOf(id: string): string | null;
}

const IMPORT = /import\s*([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;

/**
 * The names a module imports from each specifier it names; null for a specifier whose whole namespace it
 * takes (`import * as`).
 */
export function importedNames(code: string): Map<string, Set<string> | null> {
  const bySpecifier = new Map<string, Set<string> | null>();
  for (const [, clause = '', specifier = ''] of code.matchAll(IMPORT)) {
    if (bySpecifier.get(specifier) === null) continue;
    if (/\*\s*as\s/.test(clause)) {
      bySpecifier.set(specifier, null);
      continue;
    }
    const names = bySpecifier.get(specifier) ?? new Set<string>();
    const braces = /\{([^}]*)\}/.exec(clause);
    for (const part of (braces?.[1] ?? '').split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]
        ?.trim();
      if (name) names.add(name);
    }
    if (/^[\w$]+\s*(,|$)/.test(clause.trim())) names.add('default');
    bySpecifier.set(specifier, names);
  }
  return bySpecifier;
}

/** Whether a specifier, written in module `from`, names module `id` (a package by its folder). */
export function specifierNames(specifier: string, from: string, id: string): boolean {
  const path = id.replace(/\\/g, '/');
  if (specifier.startsWith('.')) {
    const base = `${from.replace(/\\/g, '/').replace(/\/[^/]*$/, '')}/${specifier}`;
    const normal = base.split('/').reduce<string[]>((parts, part) => {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
      return parts;
    }, []);
    const target = normal.join('/');
    return (
      path === target || path.replace(/\.[cm]?[jt]sx?$/, '') === target || path.startsWith(`${target}/index.`)
    );
  }
  const parts = specifier.split('/');
  const pkg = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
  const workspace = /^@journeyboard\/(.+)$/.exec(pkg);
  if (workspace) return path.includes(`/packages/${workspace[1]}/`);
  return path.includes(`/node_modules/${pkg}/`);
}

/** The names module `from` asks of module `id`, through whichever of its specifiers name it. */
function namesAskedOf(asked: Map<string, Set<string> | null>, from: string, id: string): Set<string> | null {
  const names = new Set<string>();
  let found = false;
  for (const [specifier, specifierNamesAsked] of asked) {
    if (!specifierNames(specifier, from, id)) continue;
    if (specifierNamesAsked === null) return null;
    found = true;
    for (const name of specifierNamesAsked) names.add(name);
  }
  return found ? names : null;
}

const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
const RE_EXPORT = /export\s*(?:type\s*)?(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*['"][^'"]+['"]\s*;?/g;

/** A module that only passes on other modules' exports (a package's index). */
export function isBarrel(code: string | null): boolean {
  if (code === null) return false;
  const rest = code.replace(COMMENTS, '').replace(RE_EXPORT, '');
  return rest.trim() === '' && code.includes('from');
}

/**
 * Every module reachable from `start` through static imports, `start` included. Through a barrel, only
 * the modules exporting a name the importer asks for are followed: the journey package's index names all
 * of the package, and lucide-react's every icon, though a module imports a few of them.
 */
export function staticallyReachable(
  start: string,
  graph: ModuleGraph,
  leaf: (id: string) => boolean = () => false,
): Set<string> {
  const seen = new Set<string>();
  const barrelsPassed = new Map<string, Set<string> | null>();
  const enter = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    if (leaf(id)) return;
    const code = graph.codeOf(id);
    const asked = code === null ? new Map<string, Set<string> | null>() : importedNames(code);
    for (const next of graph.staticImports(id)) {
      if (isBarrel(graph.codeOf(next))) passBarrel(next, namesAskedOf(asked, id, next));
      else enter(next);
    }
  };
  // Through a barrel only its modules exporting an asked name are entered; a barrel is passed again only
  // with names it was not passed with before.
  const passBarrel = (barrel: string, names: Set<string> | null) => {
    const before = barrelsPassed.get(barrel);
    if (before === null) return;
    if (before && names && [...names].every((name) => before.has(name))) return;
    barrelsPassed.set(barrel, names === null || !before ? names : new Set([...before, ...names]));
    for (const target of graph.staticImports(barrel)) {
      if (names !== null && !graph.exportsOf(target).some((name) => names.has(name))) continue;
      if (isBarrel(graph.codeOf(target))) passBarrel(target, names);
      else enter(target);
    }
  };
  enter(start);
  return seen;
}

/** The chunk each first-load module goes to; modules of the entry or of no step are not in the map. */
export function firstLoadChunkOf(steps: FirstLoadSteps, graph: ModuleGraph): Map<string, string> {
  const taken = staticallyReachable(steps.entry, graph, steps.entryLeaf);
  const chunkOf = new Map<string, string>();
  // What the entry shares with the rest goes in one chunk of its own, not in a later step's chunk, which
  // the entry would then have to wait for.
  for (const id of taken) if (id !== steps.entry) chunkOf.set(id, steps.entryChunk);
  for (const step of steps.steps) {
    for (const id of staticallyReachable(step.start, graph)) {
      if (taken.has(id)) continue;
      taken.add(id);
      chunkOf.set(id, step.name);
    }
  }
  return chunkOf;
}

const SOURCE = resolve(import.meta.dirname, '../src');

/** The board link's first load, as the entry (`main.tsx`) and its preloads start it. */
export const BOARD_FIRST_LOAD: FirstLoadSteps = {
  entry: resolve(SOURCE, 'main.tsx'),
  // The entry reads the journey package's contract, roles and template names, never its documents.
  entryChunk: 'first-entry',
  entryLeaf: (id) => /[\\/]packages[\\/]journey[\\/]src[\\/]/.test(id),
  steps: [
    { name: 'first-read', start: resolve(SOURCE, 'app/early-answer.ts') },
    { name: 'first-shell', start: resolve(SOURCE, 'app/app-root.tsx') },
    { name: 'first-board', start: resolve(SOURCE, 'board/board-session.tsx') },
  ],
};

interface ChunkingContext {
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; exports: readonly string[]; code: string | null } | null;
}

/**
 * Rolldown's `output.codeSplitting` for the first load: one group whose name function places each module
 * (computed once per build, from the module graph rolldown passes it).
 */
export function firstLoadCodeSplitting(steps: FirstLoadSteps = BOARD_FIRST_LOAD) {
  let chunkOf: Map<string, string> | null = null;
  const place = (id: string, context: ChunkingContext) => {
    chunkOf ??= firstLoadChunkOf(steps, {
      staticImports: (module) => context.getModuleInfo(module)?.importedIds ?? [],
      exportsOf: (module) => context.getModuleInfo(module)?.exports ?? [],
      codeOf: (module) => context.getModuleInfo(module)?.code ?? null,
    });
    return chunkOf.get(id) ?? null;
  };
  // One group a step, the earliest step first: a module a later step shares goes with the earlier one.
  const names = [steps.entryChunk, ...steps.steps.map((step) => step.name)];
  return {
    groups: names.map((name, index) => ({
      debugName: name,
      priority: names.length - index,
      name: (id: string, context: ChunkingContext) => (place(id, context) === name ? name : null),
    })),
  };
}
