// The poster's lines of text: what a line is, how text is measured, and cutting a line to a width.

/** Measures a line of text: its width at a font size (a canvas's measureText in the browser). */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

export interface PosterLine {
  readonly text: string;
  readonly y: number;
  readonly fontSize: number;
  readonly bold: boolean;
}

/** Cuts a line to `width` with an ellipsis (by measuring), so a long goal never runs off the poster. */
export function fitLine(
  text: string,
  width: number,
  fontSize: number,
  bold: boolean,
  measure: Measure,
): string {
  if (measure(text, fontSize, bold) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`, fontSize, bold) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '…' : `${text.slice(0, low).trimEnd()}…`;
}
