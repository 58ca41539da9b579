import { positiveInteger } from './bench-env';
import type { TownHallOptions, TownHallResult } from './town-hall-measure';

/** The town-hall sections' knobs and printout, the same for one relay and for a cluster. */

/**
 * BENCH_TOWNHALL_OBSERVER_NICE: 0–19, 0 (the default) runs the observers like everything else; `idle`
 * runs them under SCHED_IDLE (Linux, `chrt` from util-linux).
 */
function niceness(value: string | undefined): number | 'idle' {
  if (value === undefined || value === '') return 0;
  if (value === 'idle') return 'idle';
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 19)
    throw new Error(`BENCH_TOWNHALL_OBSERVER_NICE=${value}: expected an integer from 0 to 19, or idle`);
  return parsed;
}

/**
 * BENCH_TOWNHALL_WRITERS (10), BENCH_TOWNHALL_OBSERVERS (990), BENCH_TOWNHALL_OBSERVER_PROCESSES (2 on one
 * relay, one per relay on several), BENCH_TOWNHALL_RATE (3), BENCH_TOWNHALL_SECONDS (10),
 * BENCH_TOWNHALL_LIMIT_MS (60,000). The writers are in one process per relay.
 */
export function townHallOptionsFrom(
  source: Record<string, string | undefined>,
  relays: number,
): TownHallOptions {
  return {
    writers: positiveInteger(source, 'BENCH_TOWNHALL_WRITERS', 10),
    writerProcesses: relays,
    observers: positiveInteger(source, 'BENCH_TOWNHALL_OBSERVERS', 990),
    observerProcesses: positiveInteger(source, 'BENCH_TOWNHALL_OBSERVER_PROCESSES', relays > 1 ? relays : 2),
    observerNice: niceness(source.BENCH_TOWNHALL_OBSERVER_NICE),
    rate: positiveInteger(source, 'BENCH_TOWNHALL_RATE', 3),
    seconds: positiveInteger(source, 'BENCH_TOWNHALL_SECONDS', 10),
    limitMs: positiveInteger(source, 'BENCH_TOWNHALL_LIMIT_MS', 60_000),
  };
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 0)} MB`;
const ms = (r: { p50: number; p95: number; p99: number }) =>
  `p50 ${fmt(r.p50)} ms  p95 ${fmt(r.p95)} ms  p99 ${fmt(r.p99)} ms`;

/** The lines a town-hall section prints under its title. */
export function formatTownHall(result: TownHallResult): string[] {
  const { alone, crowded } = result;
  const several = result.relays.length > 1;
  const lines = [
    `   writers alone:             ${ms(alone)}  (delivered ${fmt(alone.deliveredShare * 100)} %)`,
    `   writers with observers:    ${ms(crowded)}  (delivered ${fmt(crowded.deliveredShare * 100)} %)`,
    `   writers' p95 change:       ${fmt((crowded.p95 / alone.p95 - 1) * 100)} %`,
    `   to observers:              ${ms({ p50: result.observerP50, p95: result.observerP95, p99: result.observerP99 })}  (delivered ${fmt(result.observerShare * 100)} %)`,
  ];
  if (several) {
    const perRelay = result.observerP95PerRelay.map((p95, index) => `relay ${index + 1} ${fmt(p95)} ms`);
    lines.push(`   observers' p95 by relay:   ${perRelay.join(', ')}`);
  }
  const opened = several
    ? ` (by relay: ${result.relays.map((relay) => relay.observersOpened).join(' / ')})`
    : '';
  lines.push(
    `   observers open:            ${result.observersOpened}${opened} (${result.observersFailed} failed to open, ${result.observersClosed} closed during the run)`,
  );
  const seen = result.observerCountSeen;
  lines.push(
    `   observer count they saw:   ${seen ? (seen.lowest === seen.highest ? `${seen.lowest}` : `${seen.lowest} to ${seen.highest}`) : 'none'} (the board's, published by the relay${several ? 's, summed over every relay' : ''})`,
  );
  result.relays.forEach((relay, index) => {
    const name = several ? `relay ${index + 1}` : 'relay';
    lines.push(
      `   ${`${name} RSS:`.padEnd(26)} idle ${mb(relay.rssIdle)}, writers ${mb(relay.rssAlone)}, with observers ${mb(relay.rssCrowded)}`,
    );
  });
  const seconds = fmt(result.elapsedMs / 1000);
  const cpu = result.relays.map((relay) => `${fmt(relay.cpuSeconds)} s`).join(' / ');
  lines.push(`   ${(several ? 'relays CPU:' : 'relay CPU:').padEnd(26)} ${cpu} over ${seconds} s`);
  lines.push(
    `   observer processes CPU:    ${fmt(result.observersCpuSeconds)} s (together, opening their sockets included)`,
  );
  const judged = result.authority.accepted.map(
    (accepted, index) =>
      `${several ? `relay ${index + 1} ` : ''}${accepted} accepted, ${result.authority.refused[index]} refused`,
  );
  lines.push(
    `   updates judged:            ${judged.join('; ')} (the probe's forbidden update refused with 4422)`,
  );
  if (result.redisCpuSeconds !== null)
    lines.push(`   Redis CPU:                 ${fmt(result.redisCpuSeconds)} s over the same span`);
  lines.push(
    `   load average before/after: ${result.loadBefore.map((l) => fmt(l)).join(' ')} / ${result.loadAfter.map((l) => fmt(l)).join(' ')}`,
  );
  return lines;
}
