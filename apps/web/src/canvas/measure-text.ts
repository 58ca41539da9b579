import { estimateLine } from './lane-summary';
import { THEME } from './theme';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * Widths already measured: zooming mounts and unmounts the overview and the headers, which measure the
 * same texts again (a summary is cut by a binary search of its prefixes). Bounded: emptied when full.
 */
const measured = new Map<string, number>();
const MAX_MEASURED = 20_000;

/** The width of one line of text in the board's font, as the browser draws it. */
export function measureLine(text: string, fontSize: number, bold = false): number {
  if (context === undefined)
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateLine(text, fontSize);
  const key = `${bold ? 'b' : 'n'}${fontSize}|${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  context.font = `${bold ? 'bold ' : ''}${fontSize}px ${THEME.font}`;
  const width = context.measureText(text).width;
  if (measured.size >= MAX_MEASURED) measured.clear();
  measured.set(key, width);
  return width;
}
