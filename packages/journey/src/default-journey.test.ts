import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultJourney } from './default-journey';

const journey = (id: string, order: string, kind: 'current' | 'future') => ({ id, order, kind });

describe('the journey a board shows by default', () => {
  it('is the first current-state journey in the board’s order, else the first journey', () => {
    const future = journey('f', 'a0', 'future');
    const current = journey('c', 'a1', 'current');
    const later = journey('d', 'a2', 'current');
    expect(defaultJourney([later, future, current])).toBe(current);
    expect(defaultJourney([journey('g', 'a3', 'future'), future])).toBe(future);
    expect(defaultJourney([])).toBeUndefined();
  });

  it('does not depend on the order the journeys are listed in', () => {
    const arbitrary = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 3 }),
        order: fc.constantFrom('a0', 'a1', 'a2'),
        kind: fc.constantFrom('current' as const, 'future' as const),
      }),
      { selector: (j) => j.id, maxLength: 6 },
    );
    fc.assert(
      fc.property(arbitrary, (journeys) => {
        const reversed = [...journeys].reverse();
        expect(defaultJourney(reversed)?.id).toBe(defaultJourney(journeys)?.id);
      }),
    );
  });
});
