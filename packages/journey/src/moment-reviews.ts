import type * as Y from 'yjs';
import type { MomentKind, MomentSuggestion } from './analytics/moments';
import type { Origin, Step } from './types';

// The facilitator's verdict on suggested moments of truth. Accepting flags the step itself
// (`step.momentOfTruth`, in the content document, so it is exported and drawn on the canvas); only
// dismissals need remembering, so the same suggestion is not offered again. They live in the `session`
// document, which only the facilitator may write, next to the rest of the facilitation state.

export const MOMENT_REVIEWS_MAP = 'momentReviews';

export type MomentReviewStatus = 'pending' | 'accepted' | 'dismissed';

export interface ReviewedSuggestion extends MomentSuggestion {
  readonly status: MomentReviewStatus;
}

export function momentReviewKey(stepId: string, kind: MomentKind): string {
  return `${stepId}|${kind}`;
}

function reviewsMap(session: Y.Doc): Y.Map<unknown> {
  return session.getMap(MOMENT_REVIEWS_MAP);
}

/** The keys of dismissed suggestions (anything a peer wrote that is not a dismissal is ignored). */
export function readDismissedMoments(session: Y.Doc): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [key, value] of reviewsMap(session).entries()) if (value === 'dismissed') out.add(key);
  return out;
}

export function dismissMoment(session: Y.Doc, stepId: string, kind: MomentKind, origin: Origin): void {
  session.transact(() => reviewsMap(session).set(momentReviewKey(stepId, kind), 'dismissed'), origin);
}

/** Offers a dismissed suggestion again. */
export function undismissMoment(session: Y.Doc, stepId: string, kind: MomentKind, origin: Origin): void {
  session.transact(() => reviewsMap(session).delete(momentReviewKey(stepId, kind)), origin);
}

/**
 * Each suggestion with its status: accepted once its step is flagged (by accepting it or by hand),
 * dismissed when the facilitator dismissed that suggestion for that step, pending otherwise. A flag
 * wins over a dismissal: the step is a moment of truth whatever happened to the suggestion.
 */
export function reviewSuggestions(
  suggestions: readonly MomentSuggestion[],
  steps: readonly Pick<Step, 'id' | 'momentOfTruth'>[],
  dismissed: ReadonlySet<string>,
): ReviewedSuggestion[] {
  const flagged = new Set(steps.filter((s) => s.momentOfTruth).map((s) => s.id));
  return suggestions.map((s) => ({
    ...s,
    status: flagged.has(s.stepId)
      ? 'accepted'
      : dismissed.has(momentReviewKey(s.stepId, s.kind))
        ? 'dismissed'
        : 'pending',
  }));
}
