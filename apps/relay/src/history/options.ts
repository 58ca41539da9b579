/** When automatic checkpoints are taken; see `policy.ts` for how long they are kept. */
export interface HistoryOptions {
  /** A burst of activity is over once the board has been quiet this long. */
  readonly quietMs: number;
  /** At most one automatic checkpoint per board this often, however busy the board is. */
  readonly minIntervalMs: number;
  /** A burst that never pauses is still checkpointed once it has lasted this long. */
  readonly maxDelayMs: number;
  /** How often the scheduler looks for boards due a checkpoint. */
  readonly tickMs: number;
}

export const DEFAULT_HISTORY_OPTIONS: HistoryOptions = {
  quietMs: 30_000,
  minIntervalMs: 3 * 60_000,
  maxDelayMs: 10 * 60_000,
  tickMs: 5_000,
};

/** The scheduler's options from the relay configuration (HISTORY_* variables); unset ones use defaults. */
export function historyOptionsFrom(config: {
  HISTORY_QUIET_MS?: number | undefined;
  HISTORY_MIN_INTERVAL_MS?: number | undefined;
}): HistoryOptions {
  const quietMs = config.HISTORY_QUIET_MS ?? DEFAULT_HISTORY_OPTIONS.quietMs;
  const minIntervalMs = config.HISTORY_MIN_INTERVAL_MS ?? DEFAULT_HISTORY_OPTIONS.minIntervalMs;
  return {
    quietMs,
    minIntervalMs,
    maxDelayMs: Math.max(DEFAULT_HISTORY_OPTIONS.maxDelayMs, minIntervalMs),
    // Short intervals (tests, demos) need a scheduler that looks often enough to notice them.
    tickMs: Math.max(
      50,
      Math.min(DEFAULT_HISTORY_OPTIONS.tickMs, Math.floor(Math.min(quietMs, minIntervalMs) / 2)),
    ),
  };
}
