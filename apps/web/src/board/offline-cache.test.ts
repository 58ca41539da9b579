import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFERRED_OPEN_MS, OfflineCache } from './offline-cache';

function harness() {
  const opened: { name: string; doc: Y.Doc; destroyed: boolean }[] = [];
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  return {
    opened,
    timers,
    options: {
      open: (name: string, doc: Y.Doc) => {
        const entry = { name, doc, destroyed: false };
        opened.push(entry);
        return {
          destroy: () => {
            entry.destroyed = true;
          },
        };
      },
      setTimer: (run: () => void, ms: number) => {
        const timer = { run, ms, cancelled: false };
        timers.push(timer);
        return () => {
          timer.cancelled = true;
        };
      },
    },
  };
}

describe('OfflineCache', () => {
  it('opens at once when not deferred', () => {
    const { opened, timers, options } = harness();
    const doc = new Y.Doc();
    const cache = new OfflineCache('journeyboard:b:session', doc, { ...options, defer: false });
    expect(cache.isOpen).toBe(true);
    expect(opened).toEqual([{ name: 'journeyboard:b:session', doc, destroyed: false }]);
    expect(timers).toHaveLength(0);
  });

  it('waits for openNow when deferred, and opens only once', () => {
    const { opened, timers, options } = harness();
    const cache = new OfflineCache('journeyboard:b:content', new Y.Doc(), { ...options, defer: true });
    expect(cache.isOpen).toBe(false);
    expect(opened).toHaveLength(0);
    cache.openNow();
    cache.openNow();
    expect(opened).toHaveLength(1);
    expect(timers[0]?.cancelled).toBe(true);
  });

  it('opens by itself after the longest wait when nobody asks', () => {
    const { opened, timers, options } = harness();
    const cache = new OfflineCache('journeyboard:b:content', new Y.Doc(), { ...options, defer: true });
    expect(timers[0]?.ms).toBe(DEFERRED_OPEN_MS);
    timers[0]?.run();
    expect(cache.isOpen).toBe(true);
    expect(opened).toHaveLength(1);
  });

  it('never opens after being destroyed, and destroys what it opened', () => {
    const { opened, timers, options } = harness();
    const waiting = new OfflineCache('a', new Y.Doc(), { ...options, defer: true });
    waiting.destroy();
    expect(timers[0]?.cancelled).toBe(true);
    waiting.openNow();
    expect(opened).toHaveLength(0);

    const open = new OfflineCache('b', new Y.Doc(), { ...options, defer: false });
    open.destroy();
    expect(opened[0]?.destroyed).toBe(true);
    expect(open.isOpen).toBe(false);
  });
});
