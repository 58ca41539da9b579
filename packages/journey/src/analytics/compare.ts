import { journeySteps } from '../read';
import type { BoardSnapshot, Step } from '../types';
import { emotionCurve } from './curve';

export interface MatchedStep {
  readonly fromStepId: string;
  readonly toStepId: string;
  readonly fromScore: number | null;
  readonly toScore: number | null;
  /** toScore − fromScore, when both are scored. */
  readonly delta: number | null;
  /** How the pair was matched: the future step was forked from the current one, or has the same title. */
  readonly matchedBy: 'origin' | 'title';
}

export interface JourneyComparison {
  readonly fromJourneyId: string;
  readonly toJourneyId: string;
  readonly matched: readonly MatchedStep[];
  /** Steps only in the `to` journey. */
  readonly added: readonly string[];
  /** Steps only in the `from` journey. */
  readonly removed: readonly string[];
  readonly fromAverage: number | null;
  readonly toAverage: number | null;
  readonly averageDelta: number | null;
}

const normalize = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

function average(values: readonly (number | null)[]): number | null {
  const nums = values.filter((v): v is number => v !== null);
  return nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : null;
}

/**
 * Compares two journeys (typically current → future) step by step. Steps match when one was forked from
 * the other, otherwise by equal title (first unmatched one in time order).
 */
export function compareJourneys(
  board: BoardSnapshot,
  fromJourneyId: string,
  toJourneyId: string,
): JourneyComparison {
  const from = journeySteps(board, fromJourneyId);
  const to = journeySteps(board, toJourneyId);
  const score = new Map<string, number | null>();
  for (const id of [fromJourneyId, toJourneyId])
    for (const p of emotionCurve(board, id)) score.set(p.stepId, p.value);
  const fromIds = new Set(from.map((s) => s.id));
  const pairs = new Map<string, { toStep: Step; by: MatchedStep['matchedBy'] }>();
  const usedTo = new Set<string>();
  for (const toStep of to) {
    const origin = toStep.originStepId;
    if (origin && fromIds.has(origin) && !pairs.has(origin)) {
      pairs.set(origin, { toStep, by: 'origin' });
      usedTo.add(toStep.id);
    }
  }
  // The reverse direction too: comparing future → current.
  const toIds = new Map(to.map((s) => [s.id, s]));
  for (const fromStep of from) {
    const origin = fromStep.originStepId;
    const toStep = origin ? toIds.get(origin) : undefined;
    if (toStep && !pairs.has(fromStep.id) && !usedTo.has(toStep.id)) {
      pairs.set(fromStep.id, { toStep, by: 'origin' });
      usedTo.add(toStep.id);
    }
  }
  for (const fromStep of from) {
    if (pairs.has(fromStep.id)) continue;
    const toStep = to.find((s) => !usedTo.has(s.id) && normalize(s.title) === normalize(fromStep.title));
    if (toStep) {
      pairs.set(fromStep.id, { toStep, by: 'title' });
      usedTo.add(toStep.id);
    }
  }
  const matched: MatchedStep[] = [];
  for (const fromStep of from) {
    const pair = pairs.get(fromStep.id);
    if (!pair) continue;
    const fromScore = score.get(fromStep.id) ?? null;
    const toScore = score.get(pair.toStep.id) ?? null;
    matched.push({
      fromStepId: fromStep.id,
      toStepId: pair.toStep.id,
      fromScore,
      toScore,
      delta: fromScore !== null && toScore !== null ? toScore - fromScore : null,
      matchedBy: pair.by,
    });
  }
  const fromAverage = average(from.map((s) => score.get(s.id) ?? null));
  const toAverage = average(to.map((s) => score.get(s.id) ?? null));
  return {
    fromJourneyId,
    toJourneyId,
    matched,
    added: to.filter((s) => !usedTo.has(s.id)).map((s) => s.id),
    removed: from.filter((s) => !pairs.has(s.id)).map((s) => s.id),
    fromAverage,
    toAverage,
    averageDelta: fromAverage !== null && toAverage !== null ? toAverage - fromAverage : null,
  };
}
