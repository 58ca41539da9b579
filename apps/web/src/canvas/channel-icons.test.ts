import { describe, expect, test } from 'vitest';
import {
  CHANNEL_ICONS,
  channelIconGlyph,
  channelIconText,
  GLYPH_SIZE,
  type Glyph,
  type PathContext,
  traceGlyph,
  UNKNOWN_ICON_GLYPH,
} from './channel-icons';

/** Records the path calls a glyph makes, as the canvas context would receive them. */
function record(glyph: Glyph) {
  const calls: [string, ...number[]][] = [];
  const context: PathContext = {
    moveTo: (x, y) => calls.push(['moveTo', x, y]),
    lineTo: (x, y) => calls.push(['lineTo', x, y]),
    arc: (x, y, r, start, end) => calls.push(['arc', x, y, r, start, end]),
    quadraticCurveTo: (cx, cy, x, y) => calls.push(['quadraticCurveTo', cx, cy, x, y]),
    closePath: () => calls.push(['closePath']),
  };
  traceGlyph(context, glyph);
  return calls;
}

/** Every point a traced path visits (arcs by their extremes), to check it stays in the glyph box. */
function extent(glyph: Glyph) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [name, ...args] of record(glyph)) {
    if (name === 'moveTo' || name === 'lineTo') {
      xs.push(args[0]!);
      ys.push(args[1]!);
    } else if (name === 'quadraticCurveTo') {
      xs.push(args[0]!, args[2]!);
      ys.push(args[1]!, args[3]!);
    } else if (name === 'arc') {
      const [x, y, r] = args as [number, number, number];
      xs.push(x - r, x + r);
      ys.push(y - r, y + r);
    }
  }
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

describe('glyphs', () => {
  test('every known icon and the unknown one stay inside the box, with room for the stroke', () => {
    for (const glyph of [...Object.values(CHANNEL_ICONS).map((icon) => icon.glyph), UNKNOWN_ICON_GLYPH]) {
      const box = extent(glyph);
      expect(box.minX).toBeGreaterThanOrEqual(1);
      expect(box.minY).toBeGreaterThanOrEqual(1);
      expect(box.maxX).toBeLessThanOrEqual(GLYPH_SIZE - 1);
      expect(box.maxY).toBeLessThanOrEqual(GLYPH_SIZE - 1);
    }
  });

  test('the icons look different from each other', () => {
    const traced = Object.values(CHANNEL_ICONS).map((icon) => JSON.stringify(record(icon.glyph)));
    expect(new Set(traced).size).toBe(traced.length);
    expect(traced).not.toContain(JSON.stringify(record(UNKNOWN_ICON_GLYPH)));
  });

  test('no icon draws nothing; a name we do not know draws the plain tag', () => {
    expect(channelIconGlyph('')).toBeNull();
    expect(channelIconGlyph('phone')).toBe(CHANNEL_ICONS.phone.glyph);
    expect(channelIconGlyph('fax-machine')).toBe(UNKNOWN_ICON_GLYPH);
    // Names that are properties of every object are not icons.
    expect(channelIconGlyph('toString')).toBe(UNKNOWN_ICON_GLYPH);
    expect(channelIconText('toString')).toBe('toString icon');
  });

  test('each part starts its own subpath, so parts are never joined by a stray line', () => {
    const calls = record(CHANNEL_ICONS.globe.glyph);
    expect(calls.filter(([name]) => name === 'moveTo')).toHaveLength(CHANNEL_ICONS.globe.glyph.length);
    expect(calls[0]).toEqual(['moveTo', 22, 12]);
    expect(calls[1]).toEqual(['arc', 12, 12, 10, 0, 2 * Math.PI]);
  });

  test('a rounded rectangle is four sides and four quarter arcs, closed', () => {
    const calls = record([{ kind: 'rect', x: 2, y: 4, width: 20, height: 10, radius: 3 }]);
    expect(calls.map(([name]) => name)).toEqual([
      'moveTo',
      'lineTo',
      'arc',
      'lineTo',
      'arc',
      'lineTo',
      'arc',
      'lineTo',
      'arc',
      'closePath',
    ]);
    expect(calls[0]).toEqual(['moveTo', 5, 4]);
    expect(calls[1]).toEqual(['lineTo', 19, 4]);
    expect(calls[2]).toEqual(['arc', 19, 7, 3, -Math.PI / 2, 0]);
    expect(calls[8]).toEqual(['arc', 5, 7, 3, Math.PI, (3 * Math.PI) / 2]);
  });

  test('a radius larger than half the rectangle is clamped', () => {
    const calls = record([{ kind: 'rect', x: 0, y: 0, width: 10, height: 4, radius: 9 }]);
    expect(calls[2]).toEqual(['arc', 8, 2, 2, -Math.PI / 2, 0]);
  });

  test('a closed polyline is closed, an open one is not', () => {
    expect(record([{ kind: 'poly', points: [1, 1, 5, 5, 1, 5], closed: true }]).at(-1)).toEqual([
      'closePath',
    ]);
    expect(record([{ kind: 'poly', points: [1, 1, 5, 5] }])).toEqual([
      ['moveTo', 1, 1],
      ['lineTo', 5, 5],
    ]);
  });
});

test('icons are named by their label, an unknown one by its stored name', () => {
  expect(channelIconText('mail')).toBe('Email icon');
  expect(channelIconText('people')).toBe('In person icon');
  expect(channelIconText('fax')).toBe('fax icon');
  expect(channelIconText('')).toBe('');
});
