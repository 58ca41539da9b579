// Builds the canvas development harness on its own (production mode), for profiling the canvas without
// the app shell: npx vite build -c apps/web/bench/harness.vite.config.ts
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const web = resolve(import.meta.dirname, '..');

export default defineConfig({
  root: web,
  plugins: [react()],
  build: {
    outDir: process.env.HARNESS_OUT_DIR ?? '/tmp/journeyboard-canvas-harness',
    emptyOutDir: true,
    rollupOptions: { input: resolve(web, 'src/canvas/dev/harness.html') },
  },
});
