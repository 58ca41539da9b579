/**
 * What the emotion curve draws, said once: the legend beside the curve, the map's description for screen
 * readers and the tests all read this list, so the curve and its legend cannot drift apart.
 */
export type CurveMark = 'consensus' | 'average' | 'range' | 'target';

export interface CurveLegendItem {
  readonly mark: CurveMark;
  /** The words beside the swatch (short: the row header is narrow). */
  readonly label: string;
  /** The same, in a sentence. */
  readonly description: string;
}

export const CURVE_LEGEND: readonly CurveLegendItem[] = [
  {
    mark: 'consensus',
    label: 'Consensus score',
    description: 'the solid line with faces is the facilitator’s consensus score of each step',
  },
  {
    mark: 'average',
    label: 'Average (revealed)',
    description: 'the dotted line is the participants’ average rating, once the facilitator reveals ratings',
  },
  {
    mark: 'range',
    label: 'Range (revealed)',
    description: 'the shaded band is the range of the participants’ ratings, once revealed',
  },
  { mark: 'target', label: 'Target', description: 'the dashed line is the journey’s target score' },
];

/** The legend as one sentence, for the map's description. */
export function curveLegendText(): string {
  return `Emotion curve: ${CURVE_LEGEND.map((item) => item.description).join('; ')}.`;
}
