import {
  type BoardSnapshot,
  emotionCurve,
  journeySteps,
  type MomentKind,
  type ReviewedSuggestion,
  reviewSuggestions,
  suggestMomentsOfTruth,
} from '@journeyboard/journey';
import type { MessageKey } from '../i18n/i18n';

export const MOMENT_KIND_LABEL_KEYS: Readonly<Record<MomentKind, MessageKey>> = {
  lowest: 'after.moment-kind.lowest',
  highest: 'after.moment-kind.highest',
  'steepest-drop': 'after.moment-kind.steepest-drop',
  'steepest-rise': 'after.moment-kind.steepest-rise',
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
  /** What an untitled step is called, in the reader's language. */
  untitledStep = '',
): MomentsModel {
  const curve = emotionCurve(board, journeyId);
  const steps = journeySteps(board, journeyId);
  const reviewed = reviewSuggestions(suggestMomentsOfTruth(curve), steps, dismissed);
  const value = new Map(curve.map((p) => [p.stepId, p.value]));
  const flagged = steps
    .filter((s) => s.momentOfTruth)
    .map((s) => ({
      stepId: s.id,
      title: s.title || untitledStep,
      score: value.get(s.id) ?? null,
      reasons: reviewed.filter((r) => r.stepId === s.id).map((r) => r.reason),
    }));
  return {
    pending: reviewed.filter((r) => r.status === 'pending'),
    dismissed: reviewed.filter((r) => r.status === 'dismissed'),
    flagged,
  };
}
