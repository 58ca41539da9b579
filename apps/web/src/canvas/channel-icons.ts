// Channel icons as a few strokes in a 24-unit box, drawn straight onto the canvas context: an icon font
// or SVG images would have to load (and Konva's Path shape would bring its SVG parser) for six glyphs.

import { type MessageKey, t } from '../i18n/i18n';

export const GLYPH_SIZE = 24;

export type GlyphPart =
  | { readonly kind: 'poly'; readonly points: readonly number[]; readonly closed?: boolean }
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number }
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly radius: number;
    }
  /** A quadratic Bézier from `from` to `to` bent towards `control`: [x, y] each. */
  | {
      readonly kind: 'curve';
      readonly from: readonly [number, number];
      readonly control: readonly [number, number];
      readonly to: readonly [number, number];
    };

export type Glyph = readonly GlyphPart[];

interface IconDefinition {
  /** How people name it (a message key): the select's option and the canvas's text alternative. */
  readonly labelKey: MessageKey;
  readonly glyph: Glyph;
}

/** The icon names of the default channels (the model stores any name; these are the ones we draw). */
export const CHANNEL_ICONS = {
  mail: {
    labelKey: 'canvas.icon.mail',
    glyph: [
      { kind: 'rect', x: 2, y: 5, width: 20, height: 14, radius: 2 },
      { kind: 'poly', points: [2, 7, 12, 13.5, 22, 7] },
    ],
  },
  phone: {
    labelKey: 'canvas.icon.phone',
    glyph: [
      { kind: 'rect', x: 6.5, y: 2, width: 11, height: 20, radius: 2 },
      { kind: 'poly', points: [10.5, 18.5, 13.5, 18.5] },
    ],
  },
  portal: {
    labelKey: 'canvas.icon.portal',
    glyph: [
      { kind: 'rect', x: 2.5, y: 3.5, width: 19, height: 17, radius: 2 },
      { kind: 'poly', points: [2.5, 8.5, 21.5, 8.5] },
      { kind: 'circle', cx: 12, cy: 12.8, r: 1.8 },
      { kind: 'curve', from: [8, 18], control: [12, 13.5], to: [16, 18] },
    ],
  },
  globe: {
    labelKey: 'canvas.icon.globe',
    glyph: [
      { kind: 'circle', cx: 12, cy: 12, r: 10 },
      { kind: 'poly', points: [2, 12, 22, 12] },
      { kind: 'curve', from: [12, 2], control: [4, 12], to: [12, 22] },
      { kind: 'curve', from: [12, 2], control: [20, 12], to: [12, 22] },
    ],
  },
  people: {
    labelKey: 'canvas.icon.people',
    glyph: [
      { kind: 'circle', cx: 9, cy: 7.5, r: 3.5 },
      { kind: 'curve', from: [2.5, 20], control: [9, 9], to: [15.5, 20] },
      { kind: 'circle', cx: 17, cy: 8.5, r: 2.8 },
      { kind: 'curve', from: [15.5, 13.5], control: [21, 12.5], to: [22, 19] },
    ],
  },
  chat: {
    labelKey: 'canvas.icon.chat',
    glyph: [
      { kind: 'rect', x: 2.5, y: 3.5, width: 19, height: 13, radius: 3 },
      { kind: 'poly', points: [7.5, 16.5, 6.5, 21, 12, 16.5] },
    ],
  },
} as const satisfies Record<string, IconDefinition>;

export type ChannelIconName = keyof typeof CHANNEL_ICONS;

/** A name a peer or an imported board stored that we have no drawing for: a plain tag, not nothing. */
export const UNKNOWN_ICON_GLYPH: Glyph = [
  { kind: 'poly', points: [3, 3, 12, 3, 21, 12, 12, 21, 3, 12], closed: true },
  { kind: 'circle', cx: 8, cy: 8, r: 1.5 },
];

export function isKnownIcon(name: string): name is ChannelIconName {
  return Object.hasOwn(CHANNEL_ICONS, name);
}

/** What to draw for a channel's icon name, or null when the channel has none. */
export function channelIconGlyph(name: string): Glyph | null {
  if (!name) return null;
  return isKnownIcon(name) ? CHANNEL_ICONS[name].glyph : UNKNOWN_ICON_GLYPH;
}

/**
 * How the icon is named in text, in the reader's language: "Phone icon", the stored name for one we do
 * not know, or nothing.
 */
export function channelIconText(name: string): string {
  if (!name) return '';
  return t('canvas.icon.text', { name: isKnownIcon(name) ? t(CHANNEL_ICONS[name].labelKey) : name });
}

/** The part of a 2D context a glyph is traced with (Konva's Context and the DOM's both have it). */
export interface PathContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  closePath(): void;
}

/** Adds the glyph's outline to the current path, in glyph units (the shape's scale sizes it). */
export function traceGlyph(context: PathContext, glyph: Glyph): void {
  for (const part of glyph) {
    switch (part.kind) {
      case 'poly': {
        const { points } = part;
        context.moveTo(points[0]!, points[1]!);
        for (let i = 2; i + 1 < points.length; i += 2) context.lineTo(points[i]!, points[i + 1]!);
        if (part.closed) context.closePath();
        break;
      }
      case 'circle':
        context.moveTo(part.cx + part.r, part.cy);
        context.arc(part.cx, part.cy, part.r, 0, 2 * Math.PI);
        break;
      case 'rect':
        traceRoundedRect(context, part);
        break;
      case 'curve':
        context.moveTo(part.from[0], part.from[1]);
        context.quadraticCurveTo(part.control[0], part.control[1], part.to[0], part.to[1]);
        break;
    }
  }
}

function traceRoundedRect(
  context: PathContext,
  { x, y, width, height, radius }: Extract<GlyphPart, { kind: 'rect' }>,
) {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2));
  const quarter = Math.PI / 2;
  context.moveTo(x + r, y);
  context.lineTo(x + width - r, y);
  context.arc(x + width - r, y + r, r, -quarter, 0);
  context.lineTo(x + width, y + height - r);
  context.arc(x + width - r, y + height - r, r, 0, quarter);
  context.lineTo(x + r, y + height);
  context.arc(x + r, y + height - r, r, quarter, 2 * quarter);
  context.lineTo(x, y + r);
  context.arc(x + r, y + r, r, 2 * quarter, 3 * quarter);
  context.closePath();
}
