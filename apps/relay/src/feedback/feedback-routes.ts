import {
  acceptCommentBody,
  aggregateFeedback,
  FEEDBACK_LIMITS,
  feedbackLinkActionBody,
  feedbackSubmissionBody,
  measuredByPeriod,
  measuredByStep,
} from '@journeyboard/journey';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AuthDeps, authorizeBoard } from '../http/auth';
import { firstZodIssue, sendError } from '../http/errors';
import { browserIdOf, issueBrowserCookie, newBrowserId } from './browser-cookie';
import type { FeedbackOutcome, FeedbackService } from './feedback-service';
import type { KeyedBuckets } from './keyed-buckets';

export interface FeedbackRoutesOptions extends AuthDeps {
  feedback: FeedbackService;
  /** Submissions per address and link. */
  submissions: KeyedBuckets;
  /** Page loads per address (over all links). */
  pageLoads: KeyedBuckets;
}

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const entityId = z.string().min(1).max(200);
/** A submission is a few kilobytes at most (100 step ids of 200 characters and a 1000-character comment). */
const SUBMISSION_BYTES = 64 * 1024;

function answer<T>(reply: FastifyReply, outcome: FeedbackOutcome<T>): T | FastifyReply {
  reply.header('cache-control', 'no-store');
  if (outcome.ok) return outcome.value;
  const { status, message, state, path } = outcome.refusal;
  return reply.code(status).send({ error: message, ...(state && { state }), ...(path && { path }) });
}

/** The facilitator of the board, or the error sent (other roles: 403). */
async function facilitator(
  options: FeedbackRoutesOptions,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
): Promise<string | undefined> {
  const auth = await authorizeBoard(options, request, reply, request.params.id);
  if (!auth) return undefined;
  if (auth.role !== 'facilitator') {
    sendError(reply, 403, 'only the facilitator manages customer feedback');
    return undefined;
  }
  reply.header('cache-control', 'no-store');
  return auth.board.id;
}

function parsed<T>(reply: FastifyReply, schema: z.core.$ZodType<T>, body: unknown): T | undefined {
  const result = z.safeParse(schema, body);
  if (result.success) return result.data;
  const { path, reason } = firstZodIssue(result.error);
  sendError(reply, 400, reason, path);
  return undefined;
}

/**
 * Customers' feedback (docs/architecture.md, "Customer feedback"): the public link's form and
 * submission (no board key, no board access), and the facilitator's links, pending comments and
 * aggregates.
 */
export function registerFeedbackRoutes(app: FastifyInstance, options: FeedbackRoutesOptions): void {
  const { feedback } = options;
  type Board = { id: string };
  type Link = { id: string; token: string };
  type Comment = { id: string; commentId: string };

  // Public: what the page shows. Unknown, rotated and closed links answer with a state the page explains.
  app.get<{ Params: { token: string } }>('/api/feedback/:token', async (request, reply) => {
    if (!options.pageLoads.take(request.ip, '', Date.now())) {
      reply.header('retry-after', '60');
      return sendError(reply, 429, 'too many requests from this address; wait a minute');
    }
    if (!TOKEN.test(request.params.token))
      return answer(reply, {
        ok: false,
        refusal: { status: 404, message: 'There is no feedback link at this address.', state: 'unknown' },
      });
    return answer(reply, await feedback.form(request.params.token, browserIdOf(request)));
  });

  // Public: a browser's response (sent again, it replaces the earlier one).
  app.put<{ Params: { token: string } }>(
    '/api/feedback/:token/response',
    { bodyLimit: SUBMISSION_BYTES },
    async (request, reply) => {
      const { token } = request.params;
      if (!TOKEN.test(token))
        return answer(reply, {
          ok: false,
          refusal: { status: 404, message: 'There is no feedback link at this address.', state: 'unknown' },
        });
      if (!options.submissions.take(request.ip, token, Date.now())) {
        options.metrics.messagesRejected.inc({ reason: 'feedback_rate' });
        reply.header('retry-after', '60');
        return sendError(reply, 429, 'too many responses from this address; wait a minute');
      }
      const body = parsed(reply, feedbackSubmissionBody, request.body);
      if (!body) return reply;
      const known = browserIdOf(request);
      const browserId = known ?? newBrowserId();
      const outcome = await feedback.submit(token, browserId, body);
      if (outcome.ok && !known) issueBrowserCookie(request, reply, browserId);
      return answer(reply, outcome);
    },
  );

  app.get<{ Params: Board }>('/api/boards/:id/feedback/links', async (request, reply) => {
    const boardId = await facilitator(options, request, reply);
    if (!boardId) return reply;
    return { links: await feedback.links(boardId) };
  });

  app.post<{ Params: Board }>('/api/boards/:id/feedback/links', async (request, reply) => {
    const boardId = await facilitator(options, request, reply);
    if (!boardId) return reply;
    const body = parsed(reply, z.object({ journeyId: entityId }).strict(), request.body);
    if (!body) return reply;
    const outcome = await feedback.createLink(boardId, body.journeyId);
    if (outcome.ok) reply.code(201);
    return answer(reply, outcome);
  });

  app.post<{ Params: Link }>('/api/boards/:id/feedback/links/:token', async (request, reply) => {
    const boardId = await facilitator(options, request, reply);
    if (!boardId) return reply;
    const body = parsed(reply, feedbackLinkActionBody, request.body);
    if (!body) return reply;
    return answer(reply, await feedback.act(boardId, request.params.token, body.action));
  });

  app.get<{ Params: Board }>('/api/boards/:id/feedback/comments', async (request, reply) => {
    const boardId = await facilitator(options, request, reply);
    if (!boardId) return reply;
    return { comments: await feedback.pendingComments(boardId) };
  });

  app.post<{ Params: Comment }>(
    '/api/boards/:id/feedback/comments/:commentId/accept',
    async (request, reply) => {
      const boardId = await facilitator(options, request, reply);
      if (!boardId) return reply;
      if (!parsed(reply, acceptCommentBody, request.body)) return reply;
      if (!(await feedback.decide(boardId, request.params.commentId, 'accepted'))) {
        return sendError(reply, 404, 'no such pending comment');
      }
      return { decided: true };
    },
  );

  app.post<{ Params: Comment }>(
    '/api/boards/:id/feedback/comments/:commentId/discard',
    async (request, reply) => {
      const boardId = await facilitator(options, request, reply);
      if (!boardId) return reply;
      if (!(await feedback.decide(boardId, request.params.commentId, 'discarded'))) {
        return sendError(reply, 404, 'no such pending comment');
      }
      return { decided: true };
    },
  );

  // Read-only aggregates for a team's own dashboards: per step, overall and per month.
  app.get<{ Params: Board }>('/api/boards/:id/feedback/aggregates', async (request, reply) => {
    const boardId = await facilitator(options, request, reply);
    if (!boardId) return reply;
    const cells = aggregateFeedback(await feedback.ratings(boardId));
    const overall = measuredByStep(cells);
    return {
      limits: FEEDBACK_LIMITS,
      steps: [...overall].map(([stepId, stats]) => ({
        stepId,
        all: stats,
        months: measuredByPeriod(cells, stepId, 'month'),
      })),
    };
  });
}
