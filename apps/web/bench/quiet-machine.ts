import { readFileSync } from 'node:fs';

/** Busy and total CPU time of the whole machine so far (Linux's /proc/stat), or null elsewhere. */
export function cpuTimes(stat?: string): { busy: number; total: number } | null {
  let text = stat;
  if (text === undefined) {
    try {
      text = readFileSync('/proc/stat', 'utf8');
    } catch {
      return null;
    }
  }
  const line = text.split('\n').find((row) => row.startsWith('cpu '));
  if (!line) return null;
  const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  if ([user, nice, system, idle].some((value) => value === undefined || Number.isNaN(value))) return null;
  const busy = (user ?? 0) + (nice ?? 0) + (system ?? 0) + irq + softirq + steal;
  return { busy, total: busy + (idle ?? 0) + iowait };
}

export interface QuietWait {
  /** How long it took for the machine to go quiet (or the whole timeout). */
  readonly waitedMs: number;
  /** False when it never went quiet, or CPU time cannot be read (not Linux). */
  readonly quiet: boolean;
}

/**
 * Waits until the machine's cores were busy under `maxShare` of the time over `windowMs`, for at most
 * `timeoutMs`. Right after the benchmark launches Chromium and writes the fixture board, the browser is
 * still starting and the relay still storing: a first render measured then measures that aftermath, not
 * what a participant opening a board meets. Where CPU time cannot be read, it waits `fallbackMs`.
 */
export async function waitForQuietMachine(
  { windowMs = 300, maxShare = 0.1, timeoutMs = 10_000, fallbackMs = 2000 } = {},
  read: () => { busy: number; total: number } | null = () => cpuTimes(),
): Promise<QuietWait> {
  const started = Date.now();
  let before = read();
  if (before === null) {
    await new Promise((resolve) => setTimeout(resolve, fallbackMs));
    return { waitedMs: Date.now() - started, quiet: false };
  }
  while (Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = read();
    if (after === null) break;
    const total = after.total - before.total;
    if (total > 0 && (after.busy - before.busy) / total < maxShare) {
      return { waitedMs: Date.now() - started, quiet: true };
    }
    before = after;
  }
  return { waitedMs: Date.now() - started, quiet: false };
}
