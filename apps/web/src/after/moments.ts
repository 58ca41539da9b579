import {
  type BoardSnapshot,
  type CurvePoint,
  emotionCurve,
  journeySteps,
  type MomentKind,
  type ReviewedSuggestion,
  reviewSuggestions,
  suggestMomentsOfTruth,
} from '@journeyboard/journey';
import { type Message, type MessageKey, message } from '../i18n/i18n';

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
  readonly reasons: readonly Message[];
}

/** A suggestion with the reason a facilitator can read out, in the reader's language. */
export interface WordedSuggestion extends ReviewedSuggestion {
  readonly why: Message;
}

export interface MomentsModel {
  readonly pending: readonly WordedSuggestion[];
  readonly dismissed: readonly WordedSuggestion[];
  readonly flagged: readonly FlaggedStep[];
}

const score = (n: number) => (Number.isInteger(n) ? n : Math.round(n * 10) / 10);

/**
 * Why a step is suggested, as a message (the model's codes and numbers; the sentence is the reader's):
 * the lowest or highest point, or a steep change from the scored step before it.
 */
export function suggestionReason(
  suggestion: ReviewedSuggestion,
  curve: readonly CurvePoint[],
  untitledStep = '',
): Message {
  const scored = curve.filter((p) => p.value !== null);
  const at = scored.findIndex((p) => p.stepId === suggestion.stepId);
  const step = scored[at]?.title || untitledStep;
  if (suggestion.kind === 'lowest')
    return message('after.reason.lowest', { step, score: score(suggestion.value) });
  if (suggestion.kind === 'highest')
    return message('after.reason.highest', { step, score: score(suggestion.value) });
  const delta = suggestion.delta ?? 0;
  return message(suggestion.kind === 'steepest-drop' ? 'after.reason.drop' : 'after.reason.rise', {
    points: score(Math.abs(delta)),
    from: score(suggestion.value - delta),
    fromStep: scored[at - 1]?.title || untitledStep,
    to: score(suggestion.value),
    step,
  });
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
  const reviewed = reviewSuggestions(suggestMomentsOfTruth(curve), steps, dismissed).map((r) => ({
    ...r,
    why: suggestionReason(r, curve, untitledStep),
  }));
  const value = new Map(curve.map((p) => [p.stepId, p.value]));
  const flagged = steps
    .filter((s) => s.momentOfTruth)
    .map((s) => ({
      stepId: s.id,
      title: s.title || untitledStep,
      score: value.get(s.id) ?? null,
      reasons: reviewed.filter((r) => r.stepId === s.id).map((r) => r.why),
    }));
  return {
    pending: reviewed.filter((r) => r.status === 'pending'),
    dismissed: reviewed.filter((r) => r.status === 'dismissed'),
    flagged,
  };
}
