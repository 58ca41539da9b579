import type { CheckpointInfo } from '../storage/store';
import type { HistoryOptions } from './options';

/**
 * Checkpoint retention (documented in docs/architecture.md, "Board history"). Storage per board stays
 * bounded whatever happens:
 *
 * - Named checkpoints are the facilitator's milestones and are never pruned; a board holds at most
 *   MAX_NAMED_CHECKPOINTS of them (creating one more is refused).
 * - Automatic checkpoints thin out with age. Younger than 6 hours: all kept (a workshop replays at full
 *   resolution). 6 hours to 7 days: the newest one of each clock hour. 7 to 90 days: the newest one of each
 *   day. Older: none. The newest automatic checkpoint is always kept, and never more than
 *   MAX_AUTO_CHECKPOINTS (the oldest go first).
 *
 * Because a checkpoint holds at most the board's documents (each under MAX_DOC_BYTES), the history of a
 * board is bounded by (MAX_NAMED_CHECKPOINTS + MAX_AUTO_CHECKPOINTS) × its size.
 */
export const RETENTION = {
  keepAllForMs: 6 * 3600_000,
  hourlyForMs: 7 * 24 * 3600_000,
  dailyForMs: 90 * 24 * 3600_000,
} as const;

export const MAX_NAMED_CHECKPOINTS = 50;
export const MAX_AUTO_CHECKPOINTS = 200;

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The ids of the checkpoints the retention policy drops at time `now`. */
export function checkpointsToPrune(checkpoints: readonly CheckpointInfo[], now: number): number[] {
  const autos = checkpoints
    .filter((c) => c.kind === 'auto')
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  const keep = new Set<number>();
  const seenBuckets = new Set<string>();
  autos.forEach((c, i) => {
    const age = now - c.createdAt;
    if (i === 0 || age < RETENTION.keepAllForMs) {
      keep.add(c.id);
      return;
    }
    let bucket: string | null = null;
    if (age < RETENTION.hourlyForMs) bucket = `h${Math.floor(c.createdAt / HOUR)}`;
    else if (age < RETENTION.dailyForMs) bucket = `d${Math.floor(c.createdAt / DAY)}`;
    // Newest first: the first checkpoint met in a bucket is the newest one of it.
    if (bucket !== null && !seenBuckets.has(bucket)) {
      seenBuckets.add(bucket);
      keep.add(c.id);
    }
  });
  const kept = autos.filter((c) => keep.has(c.id));
  for (const c of kept.slice(MAX_AUTO_CHECKPOINTS)) keep.delete(c.id);
  return autos.filter((c) => !keep.has(c.id)).map((c) => c.id);
}

/** What the scheduler knows about a board since its last checkpoint. */
export interface BoardActivity {
  /** First change not yet in a checkpoint. */
  readonly firstAt: number;
  /** Latest change. */
  readonly lastAt: number;
}

/**
 * Whether a board with unsaved activity is due an automatic checkpoint: its burst is over (quiet for
 * `quietMs`) or has lasted `maxDelayMs`, and the last checkpoint is at least `minIntervalMs` old.
 */
export function checkpointDue(
  activity: BoardActivity,
  lastCheckpointAt: number | null,
  now: number,
  options: Pick<HistoryOptions, 'quietMs' | 'minIntervalMs' | 'maxDelayMs'>,
): boolean {
  if (lastCheckpointAt !== null && now - lastCheckpointAt < options.minIntervalMs) return false;
  return now - activity.lastAt >= options.quietMs || now - activity.firstAt >= options.maxDelayMs;
}

/**
 * Up to `frames` checkpoints spread evenly over the history, oldest first, always including the first and
 * the last: the frames of a replay slider.
 */
export function replayFrames<T extends Pick<CheckpointInfo, 'createdAt' | 'id'>>(
  checkpoints: readonly T[],
  frames: number,
): T[] {
  const sorted = [...checkpoints].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  if (sorted.length <= frames) return sorted;
  if (frames <= 1) return sorted.slice(-1);
  const out: T[] = [];
  for (let i = 0; i < frames; i++) {
    const item = sorted[Math.round((i * (sorted.length - 1)) / (frames - 1))]!;
    if (out[out.length - 1] !== item) out.push(item);
  }
  return out;
}
