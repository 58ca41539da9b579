// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type IdleScheduler, useIdleAfter } from './use-idle-after';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** An idle scheduler the test runs by hand. */
function manualIdle() {
  const pending = new Set<() => void>();
  const scheduler: IdleScheduler = {
    request(callback) {
      pending.add(callback);
      return () => pending.delete(callback);
    },
  };
  return {
    scheduler,
    pendingCount: () => pending.size,
    runAll: () => {
      for (const callback of [...pending]) {
        pending.delete(callback);
        callback();
      }
    },
  };
}

let seen: boolean[] = [];
function Probe({ ready, idle }: { ready: boolean; idle: IdleScheduler }) {
  seen.push(useIdleAfter(ready, 3000, idle));
  return null;
}

describe('useIdleAfter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    seen = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('waits for ready and then for an idle moment, and stays true', async () => {
    const idle = manualIdle();
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe ready={false} idle={idle.scheduler} />));
    expect(idle.pendingCount()).toBe(0);
    await act(async () => root.render(<Probe ready={true} idle={idle.scheduler} />));
    expect(seen.at(-1)).toBe(false);
    expect(idle.pendingCount()).toBe(1);
    await act(async () => idle.runAll());
    expect(seen.at(-1)).toBe(true);
    await act(async () => root.render(<Probe ready={false} idle={idle.scheduler} />));
    expect(seen.at(-1)).toBe(true);
    await act(async () => root.unmount());
  });

  it('cancels the idle request when ready is withdrawn before it ran', async () => {
    const idle = manualIdle();
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe ready={true} idle={idle.scheduler} />));
    expect(idle.pendingCount()).toBe(1);
    await act(async () => root.render(<Probe ready={false} idle={idle.scheduler} />));
    expect(idle.pendingCount()).toBe(0);
    expect(seen.at(-1)).toBe(false);
    await act(async () => root.unmount());
  });

  it('gives up waiting for ready after the maximum wait', async () => {
    const idle = manualIdle();
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe ready={false} idle={idle.scheduler} />));
    await act(async () => vi.advanceTimersByTime(2999));
    expect(idle.pendingCount()).toBe(0);
    await act(async () => vi.advanceTimersByTime(1));
    expect(idle.pendingCount()).toBe(1);
    await act(async () => idle.runAll());
    expect(seen.at(-1)).toBe(true);
    await act(async () => root.unmount());
  });
});
