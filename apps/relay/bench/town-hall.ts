import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareBoards } from './prepare';
import { startRelayProcess } from './processes';
import { measureTownHall, type TownHallOptions, type TownHallResult } from './town-hall-measure';
import { formatTownHall, townHallOptionsFrom } from './town-hall-report';

/**
 * The town hall on one relay process storing in SQLite (its board written straight into the data folder,
 * bench/prepare.ts); the measurement itself is town-hall-measure.ts, shared with the cluster section.
 */
export async function runTownHall(options: TownHallOptions): Promise<TownHallResult> {
  const started = performance.now();
  const loadBefore = loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'journeyboard-townhall-'));
  try {
    const [board] = await prepareBoards(dir, 1, () => []);
    const relay = await startRelayProcess(dir, {
      MAX_CONNECTIONS_PER_BOARD: String(options.writers + options.observers + 400),
    });
    try {
      const target = {
        relays: [relay],
        boardId: board!.id,
        participantKey: board!.keys.participant,
        observerKey: board!.keys.observer,
      };
      return await measureTownHall(target, options, started, loadBefore);
    } finally {
      await relay.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bench section (run.ts, `BENCH_SECTIONS=townhall`). */
export async function townHallSection(): Promise<void> {
  const options = townHallOptionsFrom(process.env, 1);
  console.log(
    `\nTown hall: ${options.writers} writers × ${options.rate} updates/s, then with ${options.observers} observers ` +
      `(raw y-protocols sockets, ${options.observerProcesses} processes${options.observerNice === 'idle' ? ', SCHED_IDLE' : options.observerNice > 0 ? `, niceness ${options.observerNice}` : ''}), ${options.seconds} s measured each, one relay`,
  );
  for (const line of formatTownHall(await runTownHall(options))) console.log(line);
}
