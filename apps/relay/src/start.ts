import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { webBuildIsStale } from './web-build';

// `npm start`: one command for a working board. Rebuild the web client when it is missing or older than
// its sources, then run the relay that serves it.
const repoRoot = resolve(import.meta.dirname, '../../..');
if (webBuildIsStale(repoRoot)) {
  process.stdout.write('web client missing or stale: building it (vite build)…\n');
  const vite = resolve(repoRoot, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`vite build failed (exit ${result.status ?? result.signal}); not starting.\n`);
    process.exit(result.status ?? 1);
  }
}
await import('./main');
