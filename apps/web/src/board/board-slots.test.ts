import { describe, expect, it } from 'vitest';
import type { BoardParts } from './board-parts-store';
import { boardMarks, boardPanelSlots } from './board-slots';

const Card = () => null;
const Note = () => null;
const Curve = () => null;
const StepExtra = () => null;
const ToolbarParts = () => null;

const PARTS: BoardParts = {
  card: [Card],
  note: [Note],
  curve: [Curve],
  panels: { StepExtra, StepRating: null, StepOutlineExtra: null, SelectionExtra: null },
  ToolbarParts,
};

describe("the board's slots before and after its later parts arrive", () => {
  it('draw no marks first, then the parts’ marks', () => {
    const first = boardMarks(null);
    expect([first.card, first.note, first.curve]).toEqual([[], [], []]);
    const later = boardMarks(PARTS);
    expect(later.card).toEqual([Card]);
    expect(later.note).toEqual([Note]);
    expect(later.curve).toEqual([Curve]);
  });

  it('keep every hook the same function, so the canvas calls the same hooks on every render', () => {
    const first = boardMarks(null);
    const later = boardMarks(PARTS);
    expect(later.useCurveFooter).toBe(first.useCurveFooter);
    expect(later.useSummary).toBe(first.useSummary);
    expect(later.useCurveRatings).toBe(first.useCurveRatings);
  });

  it('give the panels the toolbar from the start and the other parts once they arrived', () => {
    const first = boardPanelSlots(null);
    expect(first.ToolbarExtra).not.toBeNull();
    expect([first.StepExtra, first.StepRating, first.StepOutlineExtra, first.SelectionExtra]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const later = boardPanelSlots(PARTS);
    expect(later.StepExtra).toBe(StepExtra);
    // The same toolbar component: it shows the parts' additions itself, and is not remounted.
    expect(later.ToolbarExtra).toBe(first.ToolbarExtra);
  });
});
