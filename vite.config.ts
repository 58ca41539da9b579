import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { boardPreload } from './apps/web/build/board-preload';
import { compileMessages } from './apps/web/build/compile-messages';
import { firstLoadCodeSplitting } from './apps/web/build/first-load-chunks';
import { precompress } from './apps/web/build/precompress';

const relayPort = Number(process.env.PORT ?? 1234);
const relayTarget = `http://127.0.0.1:${relayPort}`;

// One config: Vite builds and serves apps/web; Vitest runs every workspace's unit tests as projects.
export default defineConfig({
  root: 'apps/web',
  plugins: [react(), compileMessages(), boardPreload(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The journey package has no import-time side effects: declaring so lets each lazy chunk of the web
      // client take only the modules it uses instead of the whole package through its index.
      treeshake: { moduleSideEffects: [{ test: /packages\/journey\/src\//, sideEffects: false }] },
      // A board link's first load in three chunks, not ~30 small ones (apps/web/build/first-load-chunks.ts).
      output: { codeSplitting: firstLoadCodeSplitting() },
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: {
      '/api': relayTarget,
      '/healthz': relayTarget,
      '/sync': { target: relayTarget.replace('http', 'ws'), ws: true },
    },
  },
  test: {
    // Four workers on this 2-core machine: the relay's files mostly wait on real relays, databases and
    // child processes (relay project 100 s → 72 s here).
    maxWorkers: 4,
    projects: [
      {
        test: {
          name: 'journey',
          root: 'packages/journey',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          // Pure, stateless tests: sharing the module graph between files cuts the run from ~20 s to ~6 s of CPU.
          isolate: false,
          // Property tests and deep-data reads take seconds on a loaded 2-core machine; no test is timed.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'relay',
          root: 'apps/relay',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          // Real relays, databases and child processes: slow, not stuck, on a loaded machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own relays and stores; sharing the module graph between files halves the
          // run (173 s → 99 s here) and passes with the files in any order (`--sequence.shuffle.files`).
          isolate: false,
        },
      },
      {
        plugins: [react(), compileMessages()],
        test: {
          name: 'web',
          root: 'apps/web',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'build/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          // Components render in English unless a test activates another language.
          setupFiles: ['src/i18n/test-setup.ts'],
          // Without a fresh module graph per file: 74 s → 11 s here, and passes in any order (`--sequence.shuffle`).
          isolate: false,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
