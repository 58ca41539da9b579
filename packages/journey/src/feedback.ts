import * as z from 'zod/mini';
import { id, orDefault, score } from './schema';

// Customers' feedback after the workshop (issue 19): what travels between the relay and the public
// feedback page and the facilitator's panel. Responses are held by the relay (never in a board's
// documents); the board receives only aggregates (feedback-results.ts).

/** Bounds of one response: steps rated and the comment's length (characters). */
export const FEEDBACK_LIMITS = { steps: 100, commentChars: 1000, titleChars: 200 } as const;

/** A feedback link's state: `open` takes responses; `paused` may open again; `closed` never does. */
export const FEEDBACK_LINK_STATES = ['open', 'paused', 'closed'] as const;
export type FeedbackLinkState = (typeof FEEDBACK_LINK_STATES)[number];

/** What a customer sends: the steps they went through, each with a 1–10 score, and an optional comment. */
export const feedbackSubmissionBody = z
  .strictObject({
    ratings: z
      .array(z.strictObject({ stepId: id(), score: score() }), { error: 'expected a list of ratings' })
      .check(
        z.minLength(1, { error: 'rate at least one step' }),
        z.maxLength(FEEDBACK_LIMITS.steps, { error: `at most ${FEEDBACK_LIMITS.steps} steps` }),
      ),
    comment: orDefault(
      z.string({ error: 'expected text' }).check(
        z.maxLength(FEEDBACK_LIMITS.commentChars, {
          error: `the comment is too long (max ${FEEDBACK_LIMITS.commentChars} characters)`,
        }),
      ),
      '',
    ),
  })
  .check(
    z.refine((body) => new Set(body.ratings.map((r) => r.stepId)).size === body.ratings.length, {
      error: 'each step may be rated once',
      path: ['ratings'],
    }),
  );
export type FeedbackSubmission = z.output<typeof feedbackSubmissionBody>;

/** One step as the public page shows it: plain title, nothing else of the board. */
export interface FeedbackStep {
  readonly id: string;
  readonly title: string;
}

/** What the public page gets for a link: its state, the journey's steps in order, and this browser's answer. */
export interface FeedbackForm {
  readonly state: FeedbackLinkState;
  /** The journey's name (or the board's title when the journey has none). */
  readonly title: string;
  readonly steps: readonly FeedbackStep[];
  /** This browser's earlier response on this link, to change it. */
  readonly own: FeedbackSubmission | null;
}

/** A link as the facilitator sees it. */
export interface FeedbackLinkInfo {
  readonly token: string;
  readonly journeyId: string;
  readonly state: FeedbackLinkState;
  readonly createdAt: number;
  /** Responses on this link. */
  readonly responses: number;
}

/** A customer's comment waiting for the facilitator (never shown to participants or observers). */
export interface PendingComment {
  readonly id: string;
  readonly text: string;
  readonly journeyId: string;
  /** The steps the customer rated, with their scores (to place the note). */
  readonly ratings: readonly { stepId: string; score: number }[];
  readonly submittedAt: number;
}

/** Where an accepted comment became a note (the facilitator's client wrote it). */
export const acceptCommentBody = z.strictObject({ noteId: id() });

export const feedbackLinkActionBody = z.strictObject({
  action: z.enum(['pause', 'resume', 'close', 'rotate']),
});
export type FeedbackLinkAction = z.output<typeof feedbackLinkActionBody>['action'];
