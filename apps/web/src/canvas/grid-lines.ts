import type { Glyph } from './channel-icons';
import { gapX, TOP_HEIGHT } from './layout';

/**
 * The column separators from `first` to `last + 1` (never past the last column's right edge), as one path:
 * zoomed far out two hundred of them are in view, and one stroked path costs one draw call where a shape
 * per separator cost two hundred Konva nodes to reconcile and draw on every frame.
 */
export function separatorLines(first: number, last: number, columnCount: number, height: number): Glyph {
  const lines: Glyph[number][] = [];
  for (let index = Math.max(0, first); index <= last + 1 && index <= columnCount; index++) {
    const x = gapX(index);
    lines.push({ kind: 'poly', points: [x, TOP_HEIGHT, x, height] });
  }
  return lines;
}
