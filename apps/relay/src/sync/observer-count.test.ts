import { OBSERVER_COUNT_CLIENT_ID } from '@journeyboard/journey';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  OBSERVER_COUNT_INTERVAL_MS,
  OBSERVER_COUNT_RENEW_MS,
  ObserverCount,
  REMOTE_COUNT_TIMEOUT_MS,
} from './observer-count';
import type { RawAwarenessEntry } from './protocol';

const decoder = new TextDecoder();
const countOf = (entry: RawAwarenessEntry) =>
  (JSON.parse(decoder.decode(entry.json)) as { observers: number }).observers;

/** One relay's counter, with what it sent its peers and the bus. */
function relayCounter() {
  const toPeers: RawAwarenessEntry[] = [];
  const toBus: RawAwarenessEntry[] = [];
  const counter = new ObserverCount<string>({ toPeers: (e) => toPeers.push(e), toBus: (e) => toBus.push(e) });
  return { counter, toPeers, toBus };
}

describe('ObserverCount', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('coalesces a burst of arrivals into one publication, to the peers and to the bus', () => {
    const { counter, toPeers, toBus } = relayCounter();
    for (let index = 0; index < 50; index++) counter.setLocal(`peer-${index}`, `person-${index}`);
    // The first change after a quiet time goes out at once (once the current burst is handled).
    vi.advanceTimersByTime(0);
    expect(toPeers.map(countOf)).toEqual([50]);
    expect(toPeers[0]!.clientId).toBe(OBSERVER_COUNT_CLIENT_ID);
    expect(toBus.map(countOf)).toEqual([50]);
    expect(toBus[0]!.clientId).toBe(counter.localId);
    expect(counter.localId).toBeGreaterThan(OBSERVER_COUNT_CLIENT_ID);
    // More changes right after wait for the interval, then go out as one.
    counter.setLocal('peer-0', null);
    counter.setLocal('peer-1', null);
    vi.advanceTimersByTime(OBSERVER_COUNT_INTERVAL_MS - 1);
    expect(toPeers).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(toPeers.map(countOf)).toEqual([50, 48]);
    expect(toPeers[1]!.clock).toBeGreaterThan(toPeers[0]!.clock);
  });

  it('counts people, not connections, and publishes nothing when nothing changed', () => {
    const { counter, toPeers } = relayCounter();
    counter.setLocal('tab-1', 'olga');
    counter.setLocal('tab-2', 'olga');
    vi.advanceTimersByTime(OBSERVER_COUNT_INTERVAL_MS);
    expect(toPeers.map(countOf)).toEqual([1]);
    counter.setLocal('tab-2', null);
    vi.advanceTimersByTime(OBSERVER_COUNT_INTERVAL_MS * 4);
    expect(toPeers.map(countOf)).toEqual([1]);
  });

  it('sums every relay’s local count into the board’s total, and forgets a relay that went silent', () => {
    const a = relayCounter();
    const b = relayCounter();
    a.counter.setLocal('x', 'ann');
    b.counter.setLocal('y', 'bob');
    b.counter.setLocal('z', 'cy');
    vi.advanceTimersByTime(OBSERVER_COUNT_INTERVAL_MS);
    // Each hears the other's local count over the bus, under the other's id.
    expect(a.counter.localId).not.toBe(b.counter.localId);
    a.counter.applyRemote(b.toBus.at(-1)!.clientId, countOf(b.toBus.at(-1)!));
    b.counter.applyRemote(a.toBus.at(-1)!.clientId, countOf(a.toBus.at(-1)!));
    // Its own count coming back is never added twice.
    a.counter.applyRemote(a.counter.localId, 5);
    vi.advanceTimersByTime(OBSERVER_COUNT_INTERVAL_MS);
    expect(countOf(a.toPeers.at(-1)!)).toBe(3);
    expect(countOf(b.toPeers.at(-1)!)).toBe(3);
    // The board total another relay sends its own peers is never added in.
    a.counter.applyRemote(OBSERVER_COUNT_CLIENT_ID, 3);
    expect(a.counter.boardCount()).toBe(3);
    // b stops renewing (gone): a drops its count.
    vi.advanceTimersByTime(REMOTE_COUNT_TIMEOUT_MS);
    a.counter.tick();
    vi.advanceTimersByTime(OBSERVER_COUNT_INTERVAL_MS);
    expect(countOf(a.toPeers.at(-1)!)).toBe(1);
  });

  it('renews what it published before clients would drop it as outdated', () => {
    const { counter, toPeers, toBus } = relayCounter();
    counter.setLocal('x', 'ann');
    vi.advanceTimersByTime(OBSERVER_COUNT_INTERVAL_MS);
    vi.advanceTimersByTime(OBSERVER_COUNT_RENEW_MS);
    counter.tick();
    expect(toPeers.map(countOf)).toEqual([1, 1]);
    expect(toBus.map(countOf)).toEqual([1, 1]);
    expect(toPeers[1]!.clock).toBeGreaterThan(toPeers[0]!.clock);
  });

  it('tells an echo of its entry from a claim', () => {
    const { counter, toPeers } = relayCounter();
    expect(counter.isEcho(OBSERVER_COUNT_CLIENT_ID, 1, { observers: 1 })).toBe(false);
    counter.setLocal('x', 'ann');
    vi.advanceTimersByTime(OBSERVER_COUNT_INTERVAL_MS);
    const { clock } = toPeers[0]!;
    expect(counter.isEcho(OBSERVER_COUNT_CLIENT_ID, clock, { observers: 1 })).toBe(true);
    expect(counter.isEcho(OBSERVER_COUNT_CLIENT_ID, clock + 1, null)).toBe(true);
    expect(counter.isEcho(OBSERVER_COUNT_CLIENT_ID, clock + 1, { observers: 9 })).toBe(false);
    expect(counter.isEcho(counter.localId, 1, { observers: 9 })).toBe(false);
  });
});
