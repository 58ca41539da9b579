import { ApiError } from '../app/api-client';
import { type Message, type MessageKey, message, type Translate } from '../i18n/i18n';

/**
 * What went wrong with one of the facilitator's feedback requests, as data: which action, and why in
 * the relay's terms (the kind of its answer). The panel words it in the reader's language.
 */
export interface FeedbackProblem {
  readonly action: 'load' | 'change' | 'decide';
  readonly kind: string;
}

/** The kind of a failed request as the messages' select names it. */
export function problemKind(error: unknown): string {
  if (error instanceof ApiError) return error.kind.replace('-', '_');
  return 'other';
}

export function feedbackProblem(action: FeedbackProblem['action'], error: unknown): FeedbackProblem {
  if (!(error instanceof ApiError)) console.error(`customer feedback: ${action} failed`, error);
  return { action, kind: problemKind(error) };
}

const SENTENCE: Record<FeedbackProblem['action'], MessageKey> = {
  load: 'feedback.problem.load',
  change: 'feedback.problem.change',
  decide: 'feedback.problem.decide',
};

function reasonOf(kind: string): Message {
  return message('feedback.problem.reason', { kind });
}

/** "Could not load the feedback: the server did not answer; check the connection." */
export function feedbackProblemText(t: Translate, problem: FeedbackProblem): string {
  return t(SENTENCE[problem.action], { reason: t(reasonOf(problem.kind)) });
}
