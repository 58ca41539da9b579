import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBuildStale, newestMtime, webBuildIsStale } from './web-build';

describe('isBuildStale', () => {
  it('needs a build when there is none or a source is newer', () => {
    expect(isBuildStale(undefined, [])).toBe(true);
    expect(isBuildStale(100, [50, 99])).toBe(false);
    expect(isBuildStale(100, [50, 101])).toBe(true);
    expect(isBuildStale(100, [0])).toBe(false);
  });
});

describe('webBuildIsStale on a folder tree', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function touch(path: string, seconds: number) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'x');
    utimesSync(join(root, path), seconds, seconds);
  }

  it('compares apps/web/dist/index.html with every source the client is built from', () => {
    root = mkdtempSync(join(tmpdir(), 'journeyboard-build-'));
    touch('apps/web/src/main.tsx', 1000);
    touch('apps/web/index.html', 1000);
    touch('packages/journey/src/index.ts', 1000);
    touch('vite.config.ts', 1000);
    expect(webBuildIsStale(root)).toBe(true);
    touch('apps/web/dist/index.html', 2000);
    expect(webBuildIsStale(root)).toBe(false);
    touch('packages/journey/src/deep/model.ts', 3000);
    expect(newestMtime(join(root, 'packages/journey/src'))).toBe(3_000_000);
    expect(webBuildIsStale(root)).toBe(true);
    touch('apps/web/dist/index.html', 4000);
    touch('vite.config.ts', 5000);
    expect(webBuildIsStale(root)).toBe(true);
  });
});
