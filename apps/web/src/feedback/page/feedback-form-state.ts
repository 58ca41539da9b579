import { FEEDBACK_LIMITS, type FeedbackForm, type FeedbackSubmission } from '@journeyboard/journey';
import { type Message, message } from '../../i18n/i18n';

/** What the customer has filled in: the steps ticked (in the journey's order) and their scores. */
export interface FormDraft {
  readonly picked: ReadonlySet<string>;
  readonly scores: ReadonlyMap<string, number>;
  readonly comment: string;
}

export function draftFrom(form: FeedbackForm): FormDraft {
  const known = new Set(form.steps.map((s) => s.id));
  const own = form.own?.ratings.filter((r) => known.has(r.stepId)) ?? [];
  return {
    picked: new Set(own.map((r) => r.stepId)),
    scores: new Map(own.map((r) => [r.stepId, r.score])),
    comment: form.own?.comment ?? '',
  };
}

export function togglePicked(draft: FormDraft, stepId: string): FormDraft {
  const picked = new Set(draft.picked);
  if (picked.has(stepId)) picked.delete(stepId);
  else picked.add(stepId);
  return { ...draft, picked };
}

export function setScore(draft: FormDraft, stepId: string, score: number): FormDraft {
  const scores = new Map(draft.scores);
  scores.set(stepId, score);
  return { ...draft, scores };
}

/** The submission, or what is missing, put into words where it is shown (checked before anything is sent). */
export function submissionOf(
  draft: FormDraft,
  steps: FeedbackForm['steps'],
): { ok: true; value: FeedbackSubmission } | { ok: false; message: Message; stepId?: string } {
  const chosen = steps.filter((s) => draft.picked.has(s.id));
  if (chosen.length === 0) return { ok: false, message: message('feedback.page.tick-one') };
  const unrated = chosen.find((s) => !draft.scores.has(s.id));
  if (unrated) {
    return {
      ok: false,
      message: message('feedback.page.score-missing', { step: unrated.title }),
      stepId: unrated.id,
    };
  }
  if (draft.comment.length > FEEDBACK_LIMITS.commentChars) {
    return {
      ok: false,
      message: message('feedback.page.comment-too-long', { max: String(FEEDBACK_LIMITS.commentChars) }),
    };
  }
  return {
    ok: true,
    value: {
      ratings: chosen.map((s) => ({ stepId: s.id, score: draft.scores.get(s.id)! })),
      comment: draft.comment.trim(),
    },
  };
}

/**
 * What the page says is missing after the customer changed something, while it was saying something: it
 * follows what is filled in (the next thing missing), and says nothing once nothing is missing, so it
 * never keeps asking for what was just given.
 */
export function stillMissing(draft: FormDraft, steps: FeedbackForm['steps']): Message | null {
  const submission = submissionOf(draft, steps);
  return submission.ok ? null : submission.message;
}
