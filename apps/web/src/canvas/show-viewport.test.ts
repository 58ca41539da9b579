import { describe, expect, test } from 'vitest';
import { boardToScreen, type Rect, type Viewport, visibleArea } from '../state/viewport';
import type { Anchor } from './editor-geometry';
import { cardRect, columnX, ROW_HEADER_WIDTH, TOP_HEIGHT } from './layout';
import { showViewport } from './show-viewport';

// A 1280×800 canvas with the workshop panel (360 px) open over its right side.
const area = visibleArea({ width: 1280, height: 800 }, { top: 0, right: 360, bottom: 0, left: 0 });
const row = { kind: 'channel', key: 'channel:c', channelId: 'c', y: 300, height: 104 } as const;
const card = (column: number): Anchor => ({ space: 'board', rect: cardRect(column, row) });
const header = (column: number): Anchor => ({
  space: 'band',
  rect: { x: columnX(column), y: 42, width: 224, height: 36 },
});

/** Where the anchor lands on screen, and whether it is wholly in the area clear of the pinned headers. */
function shown(viewport: Viewport, anchor: Anchor): { rect: Rect; inside: boolean } {
  const topLeft = boardToScreen(viewport, anchor.rect);
  const rect = {
    ...topLeft,
    width: anchor.rect.width * viewport.scale,
    height: anchor.rect.height * viewport.scale,
  };
  const left = Math.max(area.x, ROW_HEADER_WIDTH * viewport.scale);
  const top = Math.max(area.y, TOP_HEIGHT * viewport.scale);
  const inX = rect.x >= left - 1e-6 && rect.x + rect.width <= area.x + area.width + 1e-6;
  const inY =
    anchor.space === 'band' || (rect.y >= top - 1e-6 && rect.y + rect.height <= area.y + area.height + 1e-6);
  return { rect, inside: inX && inY };
}

describe('showViewport: a step pointed out to someone comes into view', () => {
  test('already in view: nothing moves (the same viewport)', () => {
    const viewport = { x: 0, y: 0, scale: 1 };
    expect(shown(viewport, card(1)).inside).toBe(true);
    expect(showViewport(viewport, area, card(1))).toBe(viewport);
  });

  test('off to the right: a pan at the same zoom, sideways only, to the middle of the uncovered part', () => {
    const viewport = { x: 0, y: -40, scale: 1 };
    expect(shown(viewport, card(8)).inside).toBe(false);
    const next = showViewport(viewport, area, card(8));
    expect(next.scale).toBe(1);
    expect(next.y).toBe(-40);
    const { rect, inside } = shown(next, card(8));
    expect(inside).toBe(true);
    // Centred in the 920 px left uncovered, not under the panel.
    expect(rect.x + rect.width / 2).toBeCloseTo((ROW_HEADER_WIDTH + 920) / 2);
  });

  test('half under the panel counts as out of view', () => {
    const viewport = { x: -1_500, y: 0, scale: 1 };
    const half = card(9);
    const left = boardToScreen(viewport, half.rect).x;
    expect(left).toBeLessThan(920);
    expect(left + half.rect.width).toBeGreaterThan(920);
    expect(shown(showViewport(viewport, area, half), half).inside).toBe(true);
  });

  test('off to the left, under the pinned row headers: panned back out from under them', () => {
    const viewport = { x: -600, y: 0, scale: 1 };
    const next = showViewport(viewport, area, card(1));
    expect(next.scale).toBe(1);
    expect(shown(next, card(1)).inside).toBe(true);
  });

  test('below the view: up and down only, zoom kept', () => {
    const viewport = { x: 0, y: -900, scale: 1.5 };
    expect(shown({ ...viewport, y: 0 }, card(0)).inside).toBe(true);
    const next = showViewport(viewport, area, card(0));
    expect(next.x).toBe(0);
    expect(next.scale).toBe(1.5);
    expect(shown(next, card(0)).inside).toBe(true);
  });

  test('larger than the uncovered part at this zoom: zoomed out just enough, never in', () => {
    const viewport = { x: 0, y: 0, scale: 4 };
    const next = showViewport(viewport, area, card(6));
    expect(next.scale).toBeLessThan(4);
    expect(next.scale).toBeGreaterThan(2);
    expect(shown(next, card(6)).inside).toBe(true);
    // Zoomed far out, a step off screen is panned to, never zoomed into.
    const far = { x: -20_000, y: 0, scale: 0.2 };
    expect(showViewport(far, area, card(3)).scale).toBe(0.2);
  });

  test('a step without a card: its header comes into view sideways, the rows stay where they were', () => {
    const viewport = { x: 0, y: -700, scale: 1 };
    const next = showViewport(viewport, area, header(12));
    expect(next.y).toBe(-700);
    expect(next.scale).toBe(1);
    expect(shown(next, header(12)).inside).toBe(true);
  });

  test('no canvas measured yet: nothing moves', () => {
    const viewport = { x: 0, y: 0, scale: 1 };
    const none = { x: 0, y: 0, width: 0, height: 0 };
    expect(showViewport(viewport, none, card(8))).toBe(viewport);
  });
});
