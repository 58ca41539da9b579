import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_RULES, BUNDLES, bundleOf } from '../../src/i18n/bundles';
import { bundleCatalog } from '../compile-messages';
import { type Catalog, keyLiterals } from './catalog-checks';
import { importsOf, type ModuleImports, readModuleGraph, reliableBundles } from './module-graph';

const WEB_SRC = join(import.meta.dirname, '../../src');
const JOURNEY_SRC = join(import.meta.dirname, '../../../../packages/journey/src');
const english = JSON.parse(readFileSync(join(WEB_SRC, 'i18n/messages/en.json'), 'utf8')) as Catalog;
const KEYS = Object.keys(english);
const BUNDLES_FILE = 'i18n/bundles.ts';

/**
 * Modules that no import of the page reaches (a worker, the canvas's dev harness), with the bundles
 * the code that shows their messages relies on.
 */
const OUTSIDE_THE_PAGE: Readonly<Record<string, readonly string[]>> = {};

const TEMPLATE_PREFIX = /`([a-z][a-zA-Z0-9-]*(?:\.[a-zA-Z0-9_-]+)*\.)\$\{/g;

/** The keys a source text uses: literal keys, and every key under a prefix it completes at runtime. */
function keysUsedBy(source: string): string[] {
  const used = [...keyLiterals(source)].filter((key) => key in english);
  for (const match of source.matchAll(TEMPLATE_PREFIX)) {
    used.push(...KEYS.filter((key) => key.startsWith(match[1]!)));
  }
  return used;
}

function graphOf(edges: Record<string, Partial<ModuleImports>>): Map<string, ModuleImports> {
  return new Map(
    Object.entries(edges).map(([m, i]) => [m, { statics: i.statics ?? [], lazies: i.lazies ?? [] }]),
  );
}

describe('the module graph', () => {
  it('reads static, side-effect and lazy imports, and the bundles loaded with a lazy one', () => {
    const source = [
      "import { a } from './a';",
      "import type { T } from './types';",
      "import {\n  type U,\n  b,\n} from './b';",
      "import './c.css';",
      "export { d } from './d';",
      "const P = lazyPart(withMessages(['after', 'share'], () => import('./p').then((m) => m.P)));",
      "const Q = lazyPart(() => import('./q'));",
    ].join('\n');
    const { statics, lazies } = importsOf(source);
    expect(statics).toEqual(['./a', './b', './c.css', './d']);
    expect(lazies).toEqual([
      { module: './p', bundles: ['after', 'share'] },
      { module: './q', bundles: [] },
    ]);
  });

  it('a module relies only on the bundles every way to it loads', () => {
    const graph = graphOf({
      main: { statics: ['shared'], lazies: [{ module: 'panel', bundles: ['after'] }] },
      panel: { statics: ['shared', 'deep'], lazies: [{ module: 'dialog', bundles: ['share'] }] },
      dialog: { statics: ['deep'] },
    });
    const reliable = reliableBundles(graph, 'main', ['core']);
    expect([...reliable.get('shared')!]).toEqual(['core']);
    expect([...reliable.get('panel')!].sort()).toEqual(['after', 'core']);
    expect([...reliable.get('dialog')!].sort()).toEqual(['after', 'core', 'share']);
    expect([...reliable.get('deep')!].sort()).toEqual(['after', 'core']);
  });
});

describe('message bundles', () => {
  it('every rule applies to some key, and every bundle delivers some', () => {
    expect(Object.keys(BUNDLE_RULES).filter((prefix) => !KEYS.some((key) => key.startsWith(prefix)))).toEqual(
      [],
    );
    expect(BUNDLES.filter((bundle) => !KEYS.some((key) => bundleOf(key) === bundle))).toEqual([]);
  });

  it('the build cuts a catalog into bundles that together hold every key once', () => {
    const parts = BUNDLES.map((bundle) => Object.keys(bundleCatalog(english, bundle) as Catalog));
    expect(parts.flat().sort()).toEqual([...KEYS].sort());
    expect(bundleCatalog(english, null)).toBe(english);
    expect(() => bundleCatalog(english, 'nope', 'en.json')).toThrow(/no message bundle "nope"/);
  });

  it('no module uses a key of a bundle it cannot rely on being loaded', () => {
    const graph = readModuleGraph(WEB_SRC);
    const reliable = reliableBundles(graph, 'main.tsx', ['core']);
    const problems: string[] = [];
    for (const module of graph.keys()) {
      // Its rules name keys without using them.
      if (module === BUNDLES_FILE) continue;
      const reached = reliable.get(module) ?? OUTSIDE_THE_PAGE[module];
      const bundles = reached ? new Set<string>(reached) : null;
      const used = keysUsedBy(readFileSync(join(WEB_SRC, module), 'utf8'));
      if (!bundles) {
        if (used.length > 0)
          problems.push(`${module}: not imported by the page; say in OUTSIDE_THE_PAGE who shows its keys`);
        continue;
      }
      for (const key of used) {
        if (!bundles.has(bundleOf(key))) {
          problems.push(
            `${module}: ${key} is in "${bundleOf(key)}", the module relies on ${[...bundles].join(', ')}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the keys the model declares (labels drawn with every board) are in core', () => {
    const files = readdirSync(JOURNEY_SRC, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.ts$/.test(file) && !file.endsWith('.test.ts'),
    );
    const used = files.flatMap((file) => keysUsedBy(readFileSync(join(JOURNEY_SRC, file), 'utf8')));
    expect(used.filter((key) => bundleOf(key) !== 'core')).toEqual([]);
  });
});
