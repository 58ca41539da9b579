import { estimateLine } from './lane-summary';
import { THEME } from './theme';

let context: CanvasRenderingContext2D | null | undefined;

/** The width of one line of text in the board's font, as the browser draws it. */
export function measureLine(text: string, fontSize: number, bold = false): number {
  if (context === undefined)
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateLine(text, fontSize);
  context.font = `${bold ? 'bold ' : ''}${fontSize}px ${THEME.font}`;
  return context.measureText(text).width;
}
