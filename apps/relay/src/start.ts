import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { webBuildIsStale } from './web-build';

/**
 * glibc's allocator gives a freed block back to the system only if it was mapped on its own, which by
 * default only blocks of 128 KiB and more are (and that bar rises as such blocks are freed). A relay's
 * large, short-lived blocks (a room's state being answered or deflated, a stored snapshot read) sit just
 * under it, so once freed they stayed in the process: 150–175 KiB resident per loaded room instead of
 * ~90 (docs/benchmarks.md, "Memory per loaded room"). 64 KiB is set before Node starts, since glibc reads
 * it only then; the systemd unit in deploy/ sets it too.
 */
const MMAP_THRESHOLD = '65536';

function runWithAllocatorSetting(): void {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, MALLOC_MMAP_THRESHOLD_: MMAP_THRESHOLD },
  });
  // The relay stops cleanly on the first SIGINT/SIGTERM (a terminal's Ctrl-C reaches both processes).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
}

// `npm start`: one command for a working board. Rebuild the web client when it is missing or older than
// its sources, then run the relay that serves it.
if (process.platform === 'linux' && process.env.MALLOC_MMAP_THRESHOLD_ === undefined) {
  runWithAllocatorSetting();
} else {
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
}
