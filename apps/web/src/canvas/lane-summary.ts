import type { Step } from '@journeyboard/journey';
import { fieldText } from './format';

// What a lane cell shows when zoomed out too far for its full text: a short summary in a large font, cut
// to the cell by measuring, so a lane that holds text never looks empty and text never leaves its cell.

/** Measures one line of text at a font size (a canvas's measureText in the browser). */
export type MeasureLine = (text: string, fontSize: number) => number;

/** Font size (board units) of a field's summary at the overview's detail ("shapes"). */
export const SUMMARY_FONT_SIZE = 40;
/** Font size of a field's text at the "titles" detail. */
export const TITLES_FIELD_FONT_SIZE = 22;

/** The words a field's summary starts from: its text on one line; people and systems as names only. */
export function summarySource(step: Step, field: string | null): string {
  if (field === 'people-systems') return [...step.people, ...step.systems].join(', ');
  return fieldText(step, field).replace(/\s+/g, ' ').trim();
}

/** A rough measure for where no canvas is at hand (tests, workers): average glyph width. */
export const estimateLine: MeasureLine = (text, fontSize) => text.length * fontSize * 0.55;

function cut(text: string, width: number, fontSize: number, measure: MeasureLine): string {
  // The longest prefix that fits with an ellipsis after it.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`, fontSize) <= width) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return measure('…', fontSize) <= width ? '…' : '';
  return `${text.slice(0, low).trimEnd()}…`;
}

/**
 * Wraps `text` into at most `maxLines` lines no wider than `width` (words kept whole where they fit,
 * broken where a single word is wider than the line); the last line ends in an ellipsis when anything is
 * left out. An empty text gives no lines.
 */
export function fitLines(
  text: string,
  width: number,
  maxLines: number,
  fontSize: number,
  measure: MeasureLine,
): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    const word = words[index]!;
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, fontSize) <= width) {
      current = candidate;
      index++;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
      continue;
    }
    // One word wider than the line: break it.
    let take = word.length - 1;
    while (take > 1 && measure(word.slice(0, take), fontSize) > width) take--;
    lines.push(word.slice(0, Math.max(1, take)));
    words[index] = word.slice(Math.max(1, take));
  }
  if (current && lines.length < maxLines) lines.push(current);
  const truncated = index < words.length;
  if (truncated && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = cut(`${lines[last]} ${words.slice(index).join(' ')}`, width, fontSize, measure);
    if (lines[last] === '') lines.pop();
  }
  return lines;
}
