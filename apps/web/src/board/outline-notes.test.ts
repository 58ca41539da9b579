import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notesByLane, reorderTarget, stepTarget } from './outline-notes';
import type { NoteLine } from './use-outline';

const note = (id: string, laneId = 'pain', text = id): NoteLine => ({ id, laneId, text });

describe('notes in the outline', () => {
  it('lists every lane in board order, with its notes, empty lanes included', () => {
    const lanes = [
      { id: 'pain', title: 'Pain points' },
      { id: 'opp', title: '' },
    ];
    expect(notesByLane(lanes, [note('a'), note('b', 'x'), note('c')])).toEqual([
      { laneId: 'pain', title: 'Pain points', notes: [note('a'), note('c')] },
      { laneId: 'opp', title: 'Untitled lane', notes: [] },
    ]);
  });

  it('reorders one place within the cell, and not past either end', () => {
    const cell = [note('a'), note('b'), note('c')];
    expect(reorderTarget(cell, 'b', -1)).toEqual({ index: 0 });
    expect(reorderTarget(cell, 'b', 1)).toEqual({ index: 2 });
    expect(reorderTarget(cell, 'a', -1)).toBeNull();
    expect(reorderTarget(cell, 'c', 1)).toBeNull();
    expect(reorderTarget(cell, 'zz', 1)).toBeNull();
  });

  it('moves to the end of the same lane of the neighbouring step', () => {
    const byStep: Record<string, NoteLine[]> = {
      s1: [note('a')],
      s2: [note('b'), note('c', 'opp'), note('d')],
    };
    const of = (stepId: string) => byStep[stepId] ?? [];
    expect(stepTarget(['s1', 's2', 's3'], of, 's1', 'pain', 1)).toEqual({ stepId: 's2', index: 2 });
    expect(stepTarget(['s1', 's2', 's3'], of, 's2', 'pain', 1)).toEqual({ stepId: 's3', index: 0 });
    expect(stepTarget(['s1', 's2', 's3'], of, 's1', 'pain', -1)).toBeNull();
    expect(stepTarget(['s1', 's2', 's3'], of, 's3', 'pain', 1)).toBeNull();
    expect(stepTarget(['s1'], of, 'gone', 'pain', 1)).toBeNull();
  });

  it('a move earlier then later comes back to the same place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.nat(), (size, pick) => {
        const ids = Array.from({ length: size }, (_, i) => `n${i}`);
        const at = pick % size;
        const cell = ids.map((id) => note(id));
        const earlier = reorderTarget(cell, `n${at}`, -1);
        if (at === 0) expect(earlier).toBeNull();
        else {
          expect(earlier).toEqual({ index: at - 1 });
          const moved = [...ids];
          moved.splice(at, 1);
          moved.splice(at - 1, 0, `n${at}`);
          expect(
            reorderTarget(
              moved.map((id) => note(id)),
              `n${at}`,
              1,
            ),
          ).toEqual({ index: at });
        }
      }),
    );
  });
});
