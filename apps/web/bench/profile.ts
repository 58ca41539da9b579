// CPU profiles of the benchmark page (`--profile`), printed source-mapped through the build's maps.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { REPO_ROOT } from '../../../e2e/server';

const sourceMaps = new Map<string, SourceMapConsumer | null>();

/** Maps a minified call frame back to its source file and function through the build's source map. */
function originalName(frame: {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}): string {
  const file = frame.url.split('/').pop() ?? '';
  if (!sourceMaps.has(file)) {
    const path = join(REPO_ROOT, 'apps/web/dist/assets', `${file}.map`);
    sourceMaps.set(
      file,
      existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null,
    );
  }
  const map = sourceMaps.get(file);
  const position = map?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!position?.source) return `${frame.functionName || '(native)'} ${file}:${frame.lineNumber}`;
  const source = position.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return `${position.name ?? frame.functionName ?? '(anonymous)'} ${source}:${position.line}`;
}

/** A sampling CPU profile of the page (with --profile), printed as the top functions by self time. */
export async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    async stopAndPrint(label: string) {
      const { profile } = await cdp.send('Profiler.stop');
      if (process.env.BENCH_PROFILE_OUT)
        writeFileSync(
          `${process.env.BENCH_PROFILE_OUT}.${label.replace(/\W+/g, '-')}.cpuprofile`,
          JSON.stringify(profile),
        );
      const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
      const self = new Map<string, number>();
      profile.samples?.forEach((id, i) => {
        const frame = nodes.get(id)?.callFrame;
        const key = frame ? originalName(frame) : '?';
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
      });
      console.log(`\nprofile: ${label}`);
      for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
        console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
      }
      // Inclusive time of our own functions (the web client and the journey package): which of them the
      // self time above is spent under.
      const parent = new Map<number, number>();
      for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
      const names = new Map<number, string | null>();
      const ownName = (id: number): string | null => {
        if (!names.has(id)) {
          const frame = nodes.get(id)?.callFrame;
          const name = frame ? originalName(frame) : null;
          names.set(
            id,
            name && (process.env.BENCH_PROFILE_ALL || /apps\/web\/src|packages\/journey/.test(name))
              ? name
              : null,
          );
        }
        return names.get(id) ?? null;
      };
      const inclusive = new Map<string, number>();
      profile.samples?.forEach((id, i) => {
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const name = ownName(at);
          if (name) seen.add(name);
        }
        for (const name of seen)
          inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
      });
      console.log(`profile: ${label}, inclusive time of our own functions`);
      for (const [key, ms] of [...inclusive.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, process.env.BENCH_PROFILE_ALL ? 120 : 25)) {
        console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
      }
    },
  };
}
