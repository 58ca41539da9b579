import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Anchor } from './editor-geometry';
import { ROW_HEADER_WIDTH, TOP_HEIGHT } from './layout';
import { REVEAL_MARGIN, revealViewport } from './reveal';

const screen = { width: 1000, height: 700 };
const board = (x: number, y: number, width = 200, height = 80): Anchor => ({
  space: 'board',
  rect: { x, y, width, height },
});

describe('bringing what was added into view', () => {
  it('does not move a view that already shows it', () => {
    const viewport = { x: 0, y: 0, scale: 1 };
    expect(revealViewport(viewport, screen, board(300, 200))).toBe(viewport);
  });

  it('pans left to a step past the right edge, keeping a margin', () => {
    const next = revealViewport({ x: 0, y: 0, scale: 1 }, screen, board(2000, 200));
    expect(next.x).toBe(screen.width - 2200 - REVEAL_MARGIN);
    expect(next.y).toBe(0);
  });

  it('never leaves it under a side panel floating over the canvas', () => {
    const panel = { top: 0, right: 340, bottom: 0, left: 0 };
    // A card at 700..900 on a 1000 px canvas whose right 340 px the panel covers: it comes out from under.
    const next = revealViewport({ x: 0, y: 0, scale: 1 }, screen, board(700, 200), panel);
    expect(next.x + 900).toBe(screen.width - 340 - REVEAL_MARGIN);
    // Already clear of the panel: nothing moves.
    const clear = { x: 0, y: 0, scale: 1 };
    expect(revealViewport(clear, screen, board(300, 200), panel)).toBe(clear);
  });

  it('never leaves it under the pinned row headers or the step band', () => {
    const next = revealViewport({ x: -900, y: -500, scale: 1 }, screen, board(300, 200));
    expect(next.x + 300).toBe(ROW_HEADER_WIDTH + REVEAL_MARGIN);
    expect(next.y + 200).toBe(TOP_HEIGHT + REVEAL_MARGIN);
  });

  it('moves a header anchor only sideways and a row header only up and down', () => {
    const band: Anchor = { space: 'band', rect: { x: 3000, y: 44, width: 224, height: 32 } };
    expect(revealViewport({ x: 0, y: -400, scale: 1 }, screen, band).y).toBe(-400);
    const rows: Anchor = { space: 'rows', rect: { x: 8, y: 2000, width: 150, height: 40 } };
    expect(revealViewport({ x: -400, y: 0, scale: 1 }, screen, rows).x).toBe(-400);
  });

  it('shows the start of something taller than the screen', () => {
    const next = revealViewport({ x: 0, y: 0, scale: 1 }, screen, board(300, 1000, 100, 2000));
    expect(next.y + 1000).toBe(REVEAL_MARGIN);
  });

  it('always ends with the rectangle in the uncovered part of the canvas when it fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20_000, max: 2_000 }),
        fc.integer({ min: -20_000, max: 2_000 }),
        fc.double({ min: 0.25, max: 2, noNaN: true }),
        fc.integer({ min: ROW_HEADER_WIDTH + 16, max: 20_000 }),
        fc.integer({ min: TOP_HEIGHT, max: 6_000 }),
        (x, y, scale, rx, ry) => {
          const anchor = board(rx, ry, 200, 60);
          const next = revealViewport({ x, y, scale }, screen, anchor);
          const left = next.x + rx * scale;
          const top = next.y + ry * scale;
          const coveredLeft = next.x < 0 ? ROW_HEADER_WIDTH * scale : 0;
          const coveredTop = next.y < 0 ? TOP_HEIGHT * scale : 0;
          expect(left).toBeGreaterThanOrEqual(coveredLeft - 1e-6);
          expect(top).toBeGreaterThanOrEqual(coveredTop - 1e-6);
          expect(left + 200 * scale).toBeLessThanOrEqual(screen.width + 1e-6);
          expect(top + 60 * scale).toBeLessThanOrEqual(screen.height + 1e-6);
          // Revealing twice changes nothing more.
          const again = revealViewport(next, screen, anchor);
          expect(again.x).toBeCloseTo(next.x, 6);
          expect(again.y).toBeCloseTo(next.y, 6);
        },
      ),
    );
  });
});
