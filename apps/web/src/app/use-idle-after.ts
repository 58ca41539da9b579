import { useEffect, useState } from 'react';

export interface IdleScheduler {
  request(callback: () => void, timeoutMs: number): () => void;
}

/** requestIdleCallback where the browser has it (Safari does not), a short timer elsewhere. */
export const browserIdle: IdleScheduler = {
  request(callback, timeoutMs) {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => callback(), { timeout: timeoutMs });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(callback, 1);
    return () => clearTimeout(handle);
  },
};

/**
 * True once `ready` has been seen (or `maxWaitMs` has passed without it) and the browser then had an idle
 * moment: for parts of a page that should not compete with its main content for the network and the CPU.
 * Stays true afterwards.
 */
export function useIdleAfter(ready: boolean, maxWaitMs: number, idle: IdleScheduler = browserIdle): boolean {
  const [due, setDue] = useState(false);
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (due || done) return;
    const timer = setTimeout(() => setDue(true), maxWaitMs);
    return () => clearTimeout(timer);
  }, [due, done, maxWaitMs]);
  useEffect(() => {
    if (done || !(ready || due)) return;
    return idle.request(() => setDone(true), maxWaitMs);
  }, [ready, due, done, maxWaitMs, idle]);
  return done;
}
