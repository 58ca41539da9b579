import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|map|txt)$/;
/** Below this a compressed copy saves less than the extra request headers cost. */
const MIN_BYTES = 1024;

export interface Compressed {
  file: string;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Whether a built file gets `.br` and `.gz` siblings. */
export function shouldCompress(file: string, bytes: number): boolean {
  return COMPRESSIBLE.test(file) && bytes >= MIN_BYTES;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible built file, once, at build time, so the
 * relay serves them as they are (`@fastify/static`'s `preCompressed`) instead of compressing on every
 * request or sending three times the bytes. A copy that would not be smaller is not written.
 */
export async function precompressFiles(dir: string, files: readonly string[]): Promise<Compressed[]> {
  const done: Compressed[] = [];
  await Promise.all(
    files.map(async (file) => {
      const path = join(dir, file);
      const { size } = await stat(path);
      if (!shouldCompress(file, size)) return;
      const source = await readFile(path);
      const [br, gz] = await Promise.all([
        brotli(source, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: size,
          },
        }),
        gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.byteLength < size) await writeFile(`${path}.br`, br);
      if (gz.byteLength < size) await writeFile(`${path}.gz`, gz);
      done.push({ file, bytes: size, brotliBytes: br.byteLength, gzipBytes: gz.byteLength });
    }),
  );
  return done.sort((a, b) => a.file.localeCompare(b.file));
}

/** The Vite plugin: precompresses what the build wrote (source maps are served only on demand: skipped). */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'journeyboard-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = [...Object.keys(bundle), 'index.html'].filter(
        (file, index, all) => !file.endsWith('.map') && all.indexOf(file) === index,
      );
      const done = await precompressFiles(outDir, files);
      const bytes = done.reduce((sum, entry) => sum + entry.bytes, 0);
      const brotliBytes = done.reduce((sum, entry) => sum + entry.brotliBytes, 0);
      this.info(
        `precompressed ${done.length} files: ${(bytes / 1024).toFixed(0)} KiB → ${(brotliBytes / 1024).toFixed(0)} KiB brotli`,
      );
    },
  };
}
