import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planObservers } from './town-hall-observers';

describe('planObservers', () => {
  it('gives each relay an equal share (thirds for three), over the same number of processes', () => {
    expect(planObservers(990, 3, 3)).toEqual([
      { relay: 0, count: 330, firstIndex: 0 },
      { relay: 1, count: 330, firstIndex: 330 },
      { relay: 2, count: 330, firstIndex: 660 },
    ]);
    // One relay, two processes: what the one-relay town hall always did.
    expect(planObservers(990, 1, 2)).toEqual([
      { relay: 0, count: 495, firstIndex: 0 },
      { relay: 0, count: 495, firstIndex: 495 },
    ]);
  });

  it('opens every observer once, numbered without gaps, shares differing by at most one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 16 }),
        (observers, relays, processes) => {
          const shares = planObservers(observers, relays, processes);
          let next = 0;
          for (const share of shares) {
            expect(share.count).toBeGreaterThan(0);
            expect(share.firstIndex).toBe(next);
            expect(share.relay).toBeGreaterThanOrEqual(0);
            expect(share.relay).toBeLessThan(relays);
            next += share.count;
          }
          expect(next).toBe(observers);
          const perRelay = Array.from({ length: relays }, (_, relay) =>
            shares.filter((share) => share.relay === relay).reduce((sum, share) => sum + share.count, 0),
          );
          expect(Math.max(...perRelay) - Math.min(...perRelay)).toBeLessThanOrEqual(1);
          const perProcess = shares.map((share) => share.count);
          if (perProcess.length > 0)
            expect(Math.max(...perProcess) - Math.min(...perProcess)).toBeLessThanOrEqual(1);
          expect(shares.length).toBeLessThanOrEqual(Math.ceil(processes / relays) * relays);
        },
      ),
    );
  });
});
