import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressFiles, shouldCompress } from './precompress';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('precompressFiles', () => {
  it('writes brotli and gzip copies that decompress to the file, for text files worth it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    const script = `export const steps = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `step ${i}`))};\n`;
    writeFileSync(join(dir, 'app.js'), script);
    writeFileSync(join(dir, 'tiny.css'), 'a{}');
    writeFileSync(join(dir, 'photo.png'), Buffer.alloc(4096, 7));
    const done = await precompressFiles(dir, ['app.js', 'tiny.css', 'photo.png']);
    expect(done.map((entry) => entry.file)).toEqual(['app.js']);
    expect(brotliDecompressSync(readFileSync(join(dir, 'app.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(dir, 'app.js.gz'))).toString()).toBe(script);
    expect(done[0]!.brotliBytes).toBeLessThan(done[0]!.bytes / 3);
    expect(existsSync(join(dir, 'tiny.css.br'))).toBe(false);
    expect(existsSync(join(dir, 'photo.png.br'))).toBe(false);
  });

  it('does not keep a copy that is not smaller than the file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    // Random bytes do not compress.
    const noise = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(Math.random() * 256)));
    writeFileSync(join(dir, 'noise.txt'), noise);
    await precompressFiles(dir, ['noise.txt']);
    expect(existsSync(join(dir, 'noise.txt.br'))).toBe(false);
    expect(existsSync(join(dir, 'noise.txt.gz'))).toBe(false);
  });
});

describe('shouldCompress', () => {
  it('takes text files of at least 1 KiB', () => {
    expect(shouldCompress('assets/index-abc.js', 2048)).toBe(true);
    expect(shouldCompress('index.html', 1024)).toBe(true);
    expect(shouldCompress('assets/index-abc.js', 1023)).toBe(false);
    expect(shouldCompress('assets/logo.png', 50_000)).toBe(false);
    expect(shouldCompress('assets/font.woff2', 50_000)).toBe(false);
  });
});
