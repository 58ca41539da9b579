import { describe, expect, test } from 'vitest';
import type { Rect } from '../state/viewport';
import {
  CARD_HEIGHT,
  CARD_TEXT_LEFT,
  CARD_WIDTH,
  cardDescriptionWidth,
  cardIconBox,
  cardTitleBox,
  HEADER_SHAPES_FONT_SIZE,
  HEADER_TEXT_LEFT,
  HEADER_TEXT_RIGHT,
  type IconBox,
  rowHeaderParts,
} from './channel-icon-layout';
import type { DetailLevel } from './culling';
import { CHANNEL_ROW_HEIGHT, ROW_HEADER_WIDTH } from './layout';

const boxRect = (box: IconBox): Rect => ({ x: box.x, y: box.y, width: box.size, height: box.size });
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** The channel colour bar of a row header (header-layer draws it at x 8, 6 wide). */
const COLOUR_BAR_RIGHT = 14;

describe('row header', () => {
  const header = (height: number): Rect => ({ x: 0, y: 0, width: ROW_HEADER_WIDTH, height });

  test('without an icon the title keeps the whole text column', () => {
    for (const detail of ['full', 'titles'] as const) {
      expect(rowHeaderParts(CHANNEL_ROW_HEIGHT, detail, false)).toEqual({
        icon: null,
        title: { x: HEADER_TEXT_LEFT, y: 10, width: HEADER_TEXT_RIGHT - HEADER_TEXT_LEFT, height: 60 },
      });
    }
  });

  test('at full detail the icon sits before the title, which makes room', () => {
    const { icon, title } = rowHeaderParts(CHANNEL_ROW_HEIGHT, 'full', true);
    const iconRect = boxRect(icon!);
    expect(inside(iconRect, header(CHANNEL_ROW_HEIGHT))).toBe(true);
    expect(iconRect.x).toBeGreaterThan(COLOUR_BAR_RIGHT);
    expect(overlaps(iconRect, title!)).toBe(false);
    expect(title!.x).toBeGreaterThanOrEqual(iconRect.x + iconRect.width + 4);
    // The title still ends where it did, before the curve row's score labels.
    expect(title!.x + title!.width).toBe(HEADER_TEXT_RIGHT);
    expect(title!.width).toBeGreaterThan(90);
    // Centred on the first line of text (13 units).
    expect(icon!.y + icon!.size / 2).toBeCloseTo(title!.y + 13 / 2);
  });

  test('zoomed out the title keeps its whole width (no broken words) and the icon goes under it', () => {
    const { icon, title } = rowHeaderParts(CHANNEL_ROW_HEIGHT, 'titles', true);
    const iconRect = boxRect(icon!);
    expect(title).toEqual({
      x: HEADER_TEXT_LEFT,
      y: 10,
      width: HEADER_TEXT_RIGHT - HEADER_TEXT_LEFT,
      height: 44,
    });
    expect(inside(iconRect, header(CHANNEL_ROW_HEIGHT))).toBe(true);
    expect(iconRect.x).toBeGreaterThan(COLOUR_BAR_RIGHT);
    expect(iconRect.y).toBeGreaterThanOrEqual(title!.y + title!.height + 4);
  });

  test('zoomed out in a row too short for that, the icon sits before the title', () => {
    const { icon, title } = rowHeaderParts(70, 'titles', true);
    expect(overlaps(boxRect(icon!), title!)).toBe(false);
    expect(title!.x).toBeGreaterThan(icon!.x + icon!.size);
    expect(inside(boxRect(icon!), header(70))).toBe(true);
  });
  test('the icon grows with the text when zoomed out', () => {
    const full = rowHeaderParts(CHANNEL_ROW_HEIGHT, 'full', true).icon!;
    const titles = rowHeaderParts(CHANNEL_ROW_HEIGHT, 'titles', true).icon!;
    const shapes = rowHeaderParts(CHANNEL_ROW_HEIGHT, 'shapes', true).icon!;
    expect(full.size).toBeLessThan(titles.size);
    expect(titles.size).toBeLessThan(shapes.size);
  });

  test('with no text drawn, the icon alone names the row, centred in the text column', () => {
    const { icon, title } = rowHeaderParts(CHANNEL_ROW_HEIGHT, 'shapes', true);
    expect(title).toBeNull();
    expect(icon!.x + icon!.size / 2).toBe((HEADER_TEXT_LEFT + HEADER_TEXT_RIGHT) / 2);
    expect(icon!.y + icon!.size / 2).toBe(CHANNEL_ROW_HEIGHT / 2);
    expect(inside(boxRect(icon!), header(CHANNEL_ROW_HEIGHT))).toBe(true);
  });

  test('zoomed far out, a lane (no icon) keeps its name on one large line inside its header', () => {
    for (const height of [44, 72, 140]) {
      const { icon, title } = rowHeaderParts(height, 'shapes', false);
      expect(icon).toBeNull();
      expect(title!.height).toBeGreaterThanOrEqual(HEADER_SHAPES_FONT_SIZE);
      expect(inside(title!, header(height))).toBe(true);
    }
  });

  test('a short row never gets an icon taller than itself', () => {
    for (const detail of ['full', 'titles', 'shapes'] as const) {
      const { icon } = rowHeaderParts(40, detail, true);
      expect(inside(boxRect(icon!), header(40))).toBe(true);
    }
  });
});

describe('touchpoint card', () => {
  const card: Rect = { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT };
  // Badges of the workshop and review panels straddle the card's top and bottom edges by ~9 units.
  const badgeBands: Rect[] = [
    { x: 0, y: -10, width: CARD_WIDTH, height: 20 },
    { x: 0, y: CARD_HEIGHT - 10, width: CARD_WIDTH, height: 20 },
  ];
  const emoji: Rect = { x: CARD_WIDTH - 28, y: 8, width: 22, height: 22 };

  test.each(['full', 'titles'] as DetailLevel[])(
    'at %s detail the icon stays clear of the text, the emoji and the badges',
    (detail) => {
      const icon = boxRect(cardIconBox(detail));
      expect(inside(icon, card)).toBe(true);
      expect(overlaps(icon, cardTitleBox(detail as 'full' | 'titles'))).toBe(false);
      for (const band of badgeBands) expect(overlaps(icon, band)).toBe(false);
      if (detail === 'full') expect(overlaps(icon, emoji)).toBe(false);
    },
  );

  test('the description stops before the icon, and uses the width when there is none', () => {
    const icon = cardIconBox('full');
    const description: Rect = { x: CARD_TEXT_LEFT, y: 46, width: cardDescriptionWidth(true), height: 36 };
    expect(overlaps(description, boxRect(icon))).toBe(false);
    expect(cardDescriptionWidth(false)).toBeGreaterThan(cardDescriptionWidth(true));
    expect(CARD_TEXT_LEFT + cardDescriptionWidth(false)).toBeLessThanOrEqual(CARD_WIDTH - 8);
  });

  test('with no text drawn, the icon is large and centred on the card right of its accent', () => {
    const icon = cardIconBox('shapes');
    expect(icon.size).toBeGreaterThan(cardIconBox('titles').size);
    expect(icon.x + icon.size / 2).toBe((CARD_TEXT_LEFT + CARD_WIDTH) / 2);
    expect(icon.y + icon.size / 2).toBe(CARD_HEIGHT / 2);
    expect(inside(boxRect(icon), card)).toBe(true);
  });
});
