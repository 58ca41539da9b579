import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time (ms) of a file or of any file under a folder; 0 when there is none. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** The files whose change makes the built web client stale. */
export function webSources(repoRoot: string): string[] {
  return [
    join(repoRoot, 'apps/web/src'),
    join(repoRoot, 'apps/web/index.html'),
    join(repoRoot, 'apps/web/public'),
    join(repoRoot, 'apps/web/build'),
    join(repoRoot, 'packages/journey/src'),
    join(repoRoot, 'vite.config.ts'),
  ];
}

/** A build is needed when there is none, or when any source is newer than the built index.html. */
export function isBuildStale(builtAt: number | undefined, sourceTimes: readonly number[]): boolean {
  if (builtAt === undefined) return true;
  return sourceTimes.some((time) => time > builtAt);
}

export function webBuildIsStale(repoRoot: string): boolean {
  const index = join(repoRoot, 'apps/web/dist/index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : undefined;
  return isBuildStale(builtAt, webSources(repoRoot).map(newestMtime));
}
