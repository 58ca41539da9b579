import { sortOrdered } from './order';
import type { Journey } from './types';

/**
 * The journey a board shows and exports unless someone picks another: the first current-state journey in
 * the board's order, else the first journey. One rule for the canvas, the outline, the exports and the
 * feedback panel.
 */
export function defaultJourney<T extends Pick<Journey, 'id' | 'order' | 'kind'>>(
  journeys: readonly T[],
): T | undefined {
  const sorted = sortOrdered(journeys);
  return sorted.find((journey) => journey.kind === 'current') ?? sorted[0];
}
