import { describe, expect, it } from 'vitest';
import {
  firstLoadChunkOf,
  importedNames,
  isBarrel,
  type ModuleGraph,
  specifierNames,
  staticallyReachable,
} from './first-load-chunks';

/** A module graph from a table: id → its code, what it imports (in order) and what it exports. */
function graphOf(
  modules: Record<string, { code?: string; imports?: string[]; exports?: string[] }>,
): ModuleGraph {
  return {
    staticImports: (id) => modules[id]?.imports ?? [],
    exportsOf: (id) => modules[id]?.exports ?? [],
    codeOf: (id) => modules[id]?.code ?? '',
  };
}

describe('importedNames', () => {
  // A bare `import './x'` asks for no name: such a module is entered whole (namesAskedOf finds nothing).
  it('lists the names asked of each specifier, a default import as "default", and type imports by name', () => {
    const code = `import { a, b as c } from "./x";
import D, { e } from 'pkg';
import { type F, g } from "@journeyboard/journey";
import "./side-effect.css";`;
    expect(importedNames(code)).toEqual(
      new Map([
        ['./x', new Set(['a', 'b'])],
        ['pkg', new Set(['default', 'e'])],
        ['@journeyboard/journey', new Set(['F', 'g'])],
      ]),
    );
  });

  it('gives null for a namespace import, and keeps it null whatever else the module imports from there', () => {
    const code = `import * as z from "zod/mini"; import { config } from "zod/mini"; import { x } from "./x";`;
    const names = importedNames(code);
    expect(names.get('zod/mini')).toBeNull();
    expect(names.get('./x')).toEqual(new Set(['x']));
  });
});

describe('specifierNames', () => {
  it('matches a relative specifier to its file, with or without extension or index', () => {
    expect(specifierNames('./b', '/src/a.ts', '/src/b.ts')).toBe(true);
    expect(specifierNames('../c/d.js', '/src/a/a.ts', '/src/c/d.js')).toBe(true);
    expect(specifierNames('./dir', '/src/a.ts', '/src/dir/index.ts')).toBe(true);
    expect(specifierNames('./b', '/src/a.ts', '/src/bb.ts')).toBe(false);
  });

  it('matches a package by its folder, scoped or not, and our workspace packages by theirs', () => {
    expect(specifierNames('zod/mini', '/src/a.ts', '/n/node_modules/zod/v4/mini/index.js')).toBe(true);
    expect(specifierNames('@lingui/core', '/src/a.ts', '/n/node_modules/@lingui/core/dist/index.mjs')).toBe(
      true,
    );
    expect(specifierNames('@journeyboard/journey', '/src/a.ts', '/r/packages/journey/src/index.ts')).toBe(
      true,
    );
    expect(specifierNames('zod', '/src/a.ts', '/n/node_modules/zod-extra/index.js')).toBe(false);
  });
});

describe('isBarrel', () => {
  it('is a module of re-exports only, comments allowed', () => {
    expect(
      isBarrel(
        `// the package\nexport * from './a';\nexport { b, c } from "./b";\nexport * as d from './d';`,
      ),
    ).toBe(true);
    expect(isBarrel(`export * from './a';\nexport const x = 1;`)).toBe(false);
    expect(isBarrel('')).toBe(false);
    expect(isBarrel(null)).toBe(false);
  });
});

describe('staticallyReachable', () => {
  const PKG = '/n/node_modules/pkg/index.js';
  const graph = graphOf({
    '/s/start.ts': {
      code: `import { used } from "pkg"; import { local } from "./local";`,
      imports: [PKG, '/s/local.ts'],
    },
    '/s/local.ts': { code: 'export const local = 1;', exports: ['local'] },
    [PKG]: {
      code: `export * from './used'; export * from './unused';`,
      imports: ['/n/node_modules/pkg/used.js', '/n/node_modules/pkg/unused.js'],
    },
    '/n/node_modules/pkg/used.js': {
      code: `import { dep } from './dep'; export const used = 1;`,
      imports: ['/n/node_modules/pkg/dep.js'],
      exports: ['used'],
    },
    '/n/node_modules/pkg/unused.js': {
      code: `import { heavy } from './heavy';`,
      imports: ['/n/node_modules/pkg/heavy.js'],
      exports: ['unused'],
    },
    '/n/node_modules/pkg/dep.js': { exports: ['dep'] },
    '/n/node_modules/pkg/heavy.js': { exports: ['heavy'] },
  });
  const short = (ids: Set<string>) => [...ids].map((id) => id.replace(/.*\//, '')).sort();

  it('follows a barrel only into the modules that export a name asked of it', () => {
    expect(short(staticallyReachable('/s/start.ts', graph))).toEqual([
      'dep.js',
      'local.ts',
      'start.ts',
      'used.js',
    ]);
  });

  it('takes all of a barrel when a namespace is imported from it', () => {
    const namespace = graphOf({
      '/s/start.ts': { code: `import * as p from "pkg";`, imports: [PKG] },
      [PKG]: {
        code: `export * from './a'; export * from './b';`,
        imports: ['/n/node_modules/pkg/a.js', '/n/node_modules/pkg/b.js'],
      },
      '/n/node_modules/pkg/a.js': { exports: ['a'] },
      '/n/node_modules/pkg/b.js': { exports: ['b'] },
    });
    expect(short(staticallyReachable('/s/start.ts', namespace))).toEqual(['a.js', 'b.js', 'start.ts']);
  });

  it('does not go past a leaf, which is itself reached', () => {
    const leaf = (id: string) => id.endsWith('used.js');
    expect(short(staticallyReachable('/s/start.ts', graph, leaf))).toEqual([
      'local.ts',
      'start.ts',
      'used.js',
    ]);
  });

  it('ends on a cycle', () => {
    const cycle = graphOf({
      '/s/a.ts': { code: `import { b } from './b';`, imports: ['/s/b.ts'] },
      '/s/b.ts': { code: `import { a } from './a';`, imports: ['/s/a.ts'] },
    });
    expect(short(staticallyReachable('/s/a.ts', cycle))).toEqual(['a.ts', 'b.ts']);
  });
});

describe('firstLoadChunkOf', () => {
  it('puts what the entry reaches in its chunk, then each module in the earliest step that reaches it', () => {
    const graph = graphOf({
      entry: { imports: ['shared', 'journey/contract'] },
      shared: {},
      'journey/contract': { imports: ['yjs'] },
      read: { imports: ['yjs', 'shared'] },
      shell: { imports: ['react', 'yjs'] },
      board: { imports: ['konva', 'react', 'read'] },
      yjs: {},
      react: {},
      konva: {},
    });
    const chunks = firstLoadChunkOf(
      {
        entry: 'entry',
        entryChunk: 'first-entry',
        entryLeaf: (id) => id.startsWith('journey/'),
        steps: [
          { name: 'first-read', start: 'read' },
          { name: 'first-shell', start: 'shell' },
          { name: 'first-board', start: 'board' },
        ],
      },
      graph,
    );
    expect(Object.fromEntries(chunks)).toEqual({
      shared: 'first-entry',
      'journey/contract': 'first-entry',
      read: 'first-read',
      yjs: 'first-read',
      shell: 'first-shell',
      react: 'first-shell',
      board: 'first-board',
      konva: 'first-board',
    });
  });
});
