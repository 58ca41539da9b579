import { runInNewContext } from 'node:vm';
import { describe, expect, it, test } from 'vitest';
import {
  boardPreloadScript,
  type ChunkInfo,
  chunkClosure,
  placeBeforeStyles,
  preloadFiles,
} from './board-preload';

const bundle: Record<string, ChunkInfo> = {
  'assets/index.js': {
    type: 'chunk',
    fileName: 'assets/index.js',
    moduleIds: ['/r/src/main.tsx'],
    imports: ['assets/runtime.js'],
  },
  'assets/runtime.js': {
    type: 'chunk',
    fileName: 'assets/runtime.js',
    moduleIds: ['\0runtime'],
    imports: [],
  },
  'assets/read.js': {
    type: 'chunk',
    fileName: 'assets/read.js',
    moduleIds: ['/r/node_modules/yjs/dist/yjs.mjs', '/r/packages/journey/src/read.ts'],
    imports: ['assets/runtime.js', 'assets/schemas.js'],
  },
  'assets/schemas.js': {
    type: 'chunk',
    fileName: 'assets/schemas.js',
    moduleIds: ['/r/s.ts'],
    imports: ['assets/runtime.js'],
  },
  'assets/early-answer.js': {
    type: 'chunk',
    fileName: 'assets/early-answer.js',
    moduleIds: ['/r/src/app/early-answer.ts'],
    imports: ['assets/runtime.js', 'assets/read.js'],
  },
  'assets/early-answer.js.map': { type: 'asset', fileName: 'assets/early-answer.js.map' },
  'assets/board-session.js': {
    type: 'chunk',
    fileName: 'assets/board-session.js',
    moduleIds: ['/r/node_modules/konva/lib/Core.js', '/r/src/board/board-session.tsx'],
    imports: ['assets/runtime.js', 'assets/read.js', 'assets/konva-shapes.js'],
  },
  'assets/konva-shapes.js': {
    type: 'chunk',
    fileName: 'assets/konva-shapes.js',
    moduleIds: ['/r/node_modules/konva/lib/shapes/Rect.js'],
    imports: ['assets/runtime.js'],
  },
};

describe('chunkClosure', () => {
  it('lists the chunk holding the module and what it imports, each once, dependencies first', () => {
    expect(chunkClosure(bundle, '/src/app/early-answer.ts')).toEqual([
      'assets/runtime.js',
      'assets/schemas.js',
      'assets/read.js',
      'assets/early-answer.js',
    ]);
  });

  it('is empty when no chunk holds the module', () => {
    expect(chunkClosure(bundle, '/src/app/missing.ts')).toEqual([]);
  });
});

describe('preloadFiles', () => {
  it('lists the chunks of each module in turn, each chunk once, and names the modules no chunk holds', () => {
    expect(
      preloadFiles(bundle, ['/src/app/early-answer.ts', '/src/app/gone.ts', '/src/board/board-session.tsx']),
    ).toEqual({
      files: [
        'assets/runtime.js',
        'assets/schemas.js',
        'assets/read.js',
        'assets/early-answer.js',
        'assets/konva-shapes.js',
        'assets/board-session.js',
      ],
      missing: ['/src/app/gone.ts'],
    });
  });
});

describe('boardPreloadScript', () => {
  function run(pathname: string) {
    const links: { rel: string; href: string; crossOrigin: string | null }[] = [];
    const document = {
      createElement: () => ({ rel: '', href: '', crossOrigin: null }),
      head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
    };
    runInNewContext(boardPreloadScript(['/assets/read.js', '/assets/early-answer.js']), {
      location: { pathname },
      document,
    });
    return links;
  }

  it('preloads the chunks as modules on a board link', () => {
    expect(run('/b/AbC123')).toEqual([
      { rel: 'modulepreload', href: '/assets/read.js', crossOrigin: '' },
      { rel: 'modulepreload', href: '/assets/early-answer.js', crossOrigin: '' },
    ]);
  });

  it('preloads nothing on the start page or any other path', () => {
    expect(run('/')).toEqual([]);
    expect(run('/b/')).toEqual([]);
    expect(run('/b/one/two')).toEqual([]);
    expect(run('/about')).toEqual([]);
  });
});

test('the early script goes ahead of the first module script and stylesheet, which would hold it back', () => {
  const html = [
    '<head>',
    '<meta charset="UTF-8" />',
    '<title>Journeyboard</title>',
    '<script type="module" crossorigin src="/assets/index.js"></script>',
    '<link rel="stylesheet" crossorigin href="/assets/index.css">',
    '</head>',
  ].join('\n');
  const placed = placeBeforeStyles(html, 'run()');
  expect(placed.indexOf('<script>run()</script>')).toBeLessThan(placed.indexOf('<script type="module"'));
  expect(placed.indexOf('<title>')).toBeLessThan(placed.indexOf('<script>run()</script>'));
  expect(placeBeforeStyles('<head><title>x</title></head>', 'run()')).toBe(
    '<head><title>x</title><script>run()</script>\n    </head>',
  );
});
