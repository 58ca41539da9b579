import type { MeasureLine } from './lane-summary';

/**
 * The font size at which the widest word of `text` fits in `width`: `size` when it already fits, smaller
 * when one long word ("Selfserviceportal") would otherwise be broken in the middle by word wrapping, never
 * under `minSize` (below that, the wrap or the ellipsis takes over). Text widths scale with the font size,
 * so each word is measured once.
 */
export function wordFitFontSize(
  text: string,
  width: number,
  size: number,
  minSize: number,
  measure: MeasureLine,
): number {
  if (!(width > 0) || !(size > 0)) return size;
  let widest = 0;
  for (const word of text.split(/\s+/)) {
    if (word) widest = Math.max(widest, measure(word, size));
  }
  if (widest <= width) return size;
  // Floor to a tenth so rounding never leaves the word a hair too wide.
  const fitted = Math.floor(((size * width) / widest) * 10) / 10;
  return Math.max(Math.min(minSize, size), Math.min(size, fitted));
}
