import { type MessageKey, t } from '../i18n/i18n';

/**
 * What the emotion curve draws, said once: the legend beside the curve, the map's description for screen
 * readers and the tests all read this list, so the curve and its legend cannot drift apart.
 */
export type CurveMark = 'consensus' | 'average' | 'range' | 'target';

export interface CurveLegendItem {
  readonly mark: CurveMark;
  /** The words beside the swatch (short: the row header is narrow), as a message key. */
  readonly labelKey: MessageKey;
  /** The same, in a sentence. */
  readonly descriptionKey: MessageKey;
}

export const CURVE_LEGEND: readonly CurveLegendItem[] = [
  { mark: 'consensus', labelKey: 'canvas.legend.consensus', descriptionKey: 'canvas.legend.consensus-text' },
  { mark: 'average', labelKey: 'canvas.legend.average', descriptionKey: 'canvas.legend.average-text' },
  { mark: 'range', labelKey: 'canvas.legend.range', descriptionKey: 'canvas.legend.range-text' },
  { mark: 'target', labelKey: 'canvas.legend.target', descriptionKey: 'canvas.legend.target-text' },
];

/** The legend as one sentence, for the map's description, in the reader's language. */
export function curveLegendText(): string {
  return t('canvas.legend.text', { marks: CURVE_LEGEND.map((item) => t(item.descriptionKey)).join('; ') });
}
