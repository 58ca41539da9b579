import type { BoardSnapshot } from '../types';
import { compareJourneys, type JourneyComparison } from './compare';
import { emotionCurve } from './curve';

export interface LowPoint {
  readonly stepId: string;
  readonly value: number;
}

export interface JourneyImprovement {
  readonly comparison: JourneyComparison;
  readonly fromLowest: LowPoint | null;
  readonly toLowest: LowPoint | null;
  /** How much the worst moment improved (positive: the future's low point is higher). */
  readonly lowestDelta: number | null;
  /** Matched steps that got better, worse, or stayed the same (scored on both sides). */
  readonly improved: number;
  readonly worsened: number;
  readonly unchanged: number;
}

function lowest(board: BoardSnapshot, journeyId: string): LowPoint | null {
  let out: LowPoint | null = null;
  for (const p of emotionCurve(board, journeyId)) {
    if (p.value !== null && (out === null || p.value < out.value)) out = { stepId: p.stepId, value: p.value };
  }
  return out;
}

/** The comparison plus the headline numbers of a current → future redesign. */
export function journeyImprovement(
  board: BoardSnapshot,
  fromJourneyId: string,
  toJourneyId: string,
): JourneyImprovement {
  const comparison = compareJourneys(board, fromJourneyId, toJourneyId);
  const fromLowest = lowest(board, fromJourneyId);
  const toLowest = lowest(board, toJourneyId);
  let improved = 0;
  let worsened = 0;
  let unchanged = 0;
  for (const m of comparison.matched) {
    if (m.delta === null) continue;
    if (m.delta > 0) improved++;
    else if (m.delta < 0) worsened++;
    else unchanged++;
  }
  return {
    comparison,
    fromLowest,
    toLowest,
    lowestDelta: fromLowest && toLowest ? toLowest.value - fromLowest.value : null,
    improved,
    worsened,
    unchanged,
  };
}
