import { afterEach, describe, expect, it } from 'vitest';
import { type BoardParts, NO_RATINGS_YET, publishBoardParts, useBoardPartsStore } from './board-parts-store';

const PARTS: BoardParts = {
  card: [],
  note: [],
  curve: [],
  panels: { StepExtra: null, StepRating: null, StepOutlineExtra: null, SelectionExtra: null },
  ToolbarParts: () => null,
};

afterEach(() => useBoardPartsStore.setState({ parts: null, curveRatings: NO_RATINGS_YET, summary: null }));

describe("the board's later parts", () => {
  it('draw no rating until the workshop’s code has read the session', () => {
    const { parts, curveRatings, summary } = useBoardPartsStore.getState();
    expect(parts).toBeNull();
    expect(curveRatings.revealed).toBe(false);
    expect(curveRatings.published.size).toBe(0);
    expect(summary).toBeNull();
  });

  it('publish what the open board’s hooks read, and forget it when the board closes, keeping the code', () => {
    const published = new Map([['s1', { counts: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0], total: 1 }]]);
    const curveRatings = { revealed: true, published } as unknown as typeof NO_RATINGS_YET;
    publishBoardParts(PARTS, { curveRatings, summary: 'Under the emotion curve, figures of 1 step' });
    expect(useBoardPartsStore.getState()).toMatchObject({
      parts: PARTS,
      curveRatings,
      summary: 'Under the emotion curve, figures of 1 step',
    });
    publishBoardParts(PARTS, null);
    expect(useBoardPartsStore.getState()).toMatchObject({
      parts: PARTS,
      curveRatings: NO_RATINGS_YET,
      summary: null,
    });
  });
});
