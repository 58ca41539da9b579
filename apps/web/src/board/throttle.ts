export interface Throttled<A extends unknown[]> {
  (...args: A): void;
  /** Runs a pending trailing call now (e.g. before leaving). */
  flush(): void;
  cancel(): void;
}

interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Calls `fn` at most once per `intervalMs`: the first call runs at once, later calls inside the window
 * collapse into one trailing call with the latest arguments, so the final cursor position is never lost.
 */
export function throttle<A extends unknown[]>(
  fn: (...args: A) => void,
  intervalMs: number,
  clock: Clock = realClock,
): Throttled<A> {
  let last = Number.NEGATIVE_INFINITY;
  let pending: A | null = null;
  let timer: unknown = null;

  const run = () => {
    timer = null;
    if (!pending) return;
    const args = pending;
    pending = null;
    last = clock.now();
    fn(...args);
  };

  const throttled = ((...args: A) => {
    pending = args;
    const wait = last + intervalMs - clock.now();
    if (wait <= 0 && timer === null) run();
    else if (timer === null) timer = clock.setTimeout(run, Math.max(0, wait));
  }) as Throttled<A>;
  throttled.flush = () => {
    if (timer !== null) clock.clearTimeout(timer);
    run();
  };
  throttled.cancel = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}

/** Awareness may change at most 20 times a second (issue 4). */
export const AWARENESS_INTERVAL_MS = 50;
