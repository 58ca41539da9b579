import type { Rect } from '../state/viewport';
import type { DetailLevel } from './culling';
import { CELL_PADDING, CHANNEL_ROW_HEIGHT, COLUMN_WIDTH, ROW_HEADER_WIDTH } from './layout';

// Where a channel's icon goes in its pinned row header and on its touchpoint cards, and how the text
// beside it makes room. Sizes are board units; an icon is square (x, y is its top-left corner).

export interface IconBox {
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

/** The header's text column: after the colour bar, before the curve row's score labels. */
export const HEADER_TEXT_LEFT = 20;
export const HEADER_TEXT_RIGHT = ROW_HEADER_WIDTH - 24;
const HEADER_TEXT_TOP = 10;
const HEADER_BOTTOM_MARGIN = 10;
const ICON_GAP = 6;

/** Icon sizes per detail level: the header's text grows from 13 to 22 units when zoomed out. */
const HEADER_ICON_SIZE: Record<Exclude<DetailLevel, 'shapes'>, number> = { full: 16, titles: 26 };
/** Font size of a lane's name in its header zoomed far out (one line). */
export const HEADER_SHAPES_FONT_SIZE = 28;
/** Zoomed far out a channel's icon alone names its row, so it is drawn large. */
const HEADER_SHAPES_ICON_SIZE = 48;

export interface RowHeaderParts {
  readonly icon: IconBox | null;
  /** The title's text box, or null when no text is drawn at this detail. */
  readonly title: Rect | null;
}

/**
 * A row header's icon and title. The icon sits before the title's first line (text starts at its top, so
 * the icon is centred on a line of the header's font size); zoomed out, under the title; alone in the
 * middle when text is culled.
 */
export function rowHeaderParts(rowHeight: number, detail: DetailLevel, hasIcon: boolean): RowHeaderParts {
  const titleHeight = Math.max(0, Math.min(rowHeight - 12, 60));
  if (detail === 'shapes') {
    // A row without an icon (a lane) keeps its name, large, so a far view still says which lane is which.
    if (!hasIcon)
      return {
        icon: null,
        title: {
          x: HEADER_TEXT_LEFT,
          y: Math.max(0, (rowHeight - HEADER_SHAPES_FONT_SIZE * 1.1) / 2),
          width: HEADER_TEXT_RIGHT - HEADER_TEXT_LEFT,
          height: Math.min(rowHeight, HEADER_SHAPES_FONT_SIZE * 1.15),
        },
      };
    const size = Math.min(HEADER_SHAPES_ICON_SIZE, Math.max(0, rowHeight - 16));
    return {
      icon: {
        x: (HEADER_TEXT_LEFT + HEADER_TEXT_RIGHT - size) / 2,
        y: (rowHeight - size) / 2,
        size,
      },
      title: null,
    };
  }
  if (!hasIcon) {
    return {
      icon: null,
      title: {
        x: HEADER_TEXT_LEFT,
        y: HEADER_TEXT_TOP,
        width: HEADER_TEXT_RIGHT - HEADER_TEXT_LEFT,
        height: titleHeight,
      },
    };
  }
  const size = HEADER_ICON_SIZE[detail];
  const fontSize = detail === 'full' ? 13 : 22;
  const fullWidth = HEADER_TEXT_RIGHT - HEADER_TEXT_LEFT;
  // Zoomed out the text is large and a narrower column breaks words ("Websit / e"): the icon goes under
  // the title's two lines instead, where a channel row has the room.
  const below = HEADER_TEXT_TOP + 2 * fontSize + ICON_GAP;
  if (detail === 'titles' && rowHeight - HEADER_BOTTOM_MARGIN - size >= below) {
    return {
      icon: { x: HEADER_TEXT_LEFT, y: rowHeight - HEADER_BOTTOM_MARGIN - size, size },
      title: {
        x: HEADER_TEXT_LEFT,
        y: HEADER_TEXT_TOP,
        width: fullWidth,
        height: Math.min(titleHeight, 2 * fontSize),
      },
    };
  }
  const left = HEADER_TEXT_LEFT + size + ICON_GAP;
  return {
    icon: { x: HEADER_TEXT_LEFT, y: HEADER_TEXT_TOP + (fontSize - size) / 2, size },
    title: { x: left, y: HEADER_TEXT_TOP, width: HEADER_TEXT_RIGHT - left, height: titleHeight },
  };
}

export const CARD_WIDTH = COLUMN_WIDTH - 2 * CELL_PADDING;
export const CARD_HEIGHT = CHANNEL_ROW_HEIGHT - 2 * CELL_PADDING;
/** Left of a card's text: past its colour accent. */
export const CARD_TEXT_LEFT = 14;
const CARD_ICON_SIZE: Record<DetailLevel, number> = { full: 16, titles: 20, shapes: 40 };
/** Room kept clear along the card's right edge for the emotion emoji and the icon. */
const CARD_ICON_MARGIN = 10;

/**
 * The icon on a touchpoint card (card coordinates): in the bottom-right corner under the emotion emoji
 * while there is text, centred on the card when there is none. Workshop and review badges sit on the
 * card's edges (half outside), so a corner inset by the margin stays clear of them.
 */
export function cardIconBox(detail: DetailLevel): IconBox {
  const size = CARD_ICON_SIZE[detail];
  if (detail === 'shapes') {
    // Centred on the card's face, right of its colour accent.
    return { x: (CARD_TEXT_LEFT + CARD_WIDTH - size) / 2, y: (CARD_HEIGHT - size) / 2, size };
  }
  return { x: CARD_WIDTH - CARD_ICON_MARGIN - size, y: CARD_HEIGHT - CARD_ICON_MARGIN - size, size };
}

/** A card's title (card coordinates); the emotion emoji and the icon keep the right edge. */
export function cardTitleBox(detail: Exclude<DetailLevel, 'shapes'>): Rect {
  return {
    x: CARD_TEXT_LEFT,
    y: 8,
    width: CARD_WIDTH - 44,
    height: detail === 'full' ? 36 : CARD_HEIGHT - 16,
  };
}

/** The width of a card's description: it stops short of the icon's column when there is an icon. */
export function cardDescriptionWidth(hasIcon: boolean): number {
  const full = CARD_WIDTH - CARD_TEXT_LEFT - 8;
  if (!hasIcon) return full;
  return cardIconBox('full').x - ICON_GAP - CARD_TEXT_LEFT;
}
