import {
  type BoardSnapshot,
  emotionCurve,
  journeySteps,
  type MomentKind,
  type ReviewedSuggestion,
  reviewSuggestions,
  suggestMomentsOfTruth,
} from '@journeyboard/journey';

export const MOMENT_KIND_LABELS: Readonly<Record<MomentKind, string>> = {
  lowest: 'Lowest point',
  highest: 'Highest point',
  'steepest-drop': 'Steep drop',
  'steepest-rise': 'Steep rise',
};

export interface FlaggedStep {
  readonly stepId: string;
  readonly title: string;
  readonly score: number | null;
  /** Reasons from the suggestions about this step; empty when it was flagged by hand only. */
  readonly reasons: readonly string[];
}

export interface MomentsModel {
  readonly pending: readonly ReviewedSuggestion[];
  readonly dismissed: readonly ReviewedSuggestion[];
  readonly flagged: readonly FlaggedStep[];
}

/** Everything the moments-of-truth panel shows for one journey. */
export function momentsModel(
  board: BoardSnapshot,
  journeyId: string,
  dismissed: ReadonlySet<string>,
): MomentsModel {
  const curve = emotionCurve(board, journeyId);
  const steps = journeySteps(board, journeyId);
  const reviewed = reviewSuggestions(suggestMomentsOfTruth(curve), steps, dismissed);
  const value = new Map(curve.map((p) => [p.stepId, p.value]));
  const flagged = steps
    .filter((s) => s.momentOfTruth)
    .map((s) => ({
      stepId: s.id,
      title: s.title || 'Untitled step',
      score: value.get(s.id) ?? null,
      reasons: reviewed.filter((r) => r.stepId === s.id).map((r) => r.reason),
    }));
  return {
    pending: reviewed.filter((r) => r.status === 'pending'),
    dismissed: reviewed.filter((r) => r.status === 'dismissed'),
    flagged,
  };
}
