import {
  FEEDBACK_LINK_STATES,
  type FeedbackForm,
  type FeedbackLinkAction,
  type FeedbackLinkInfo,
  type FeedbackSubmission,
  type PendingComment,
} from '@journeyboard/journey';
import { z } from 'zod';
import { errorKindForStatus, parseBody, requestJson } from '../app/api-client';

// The relay's customer-feedback API (apps/relay/src/feedback/feedback-routes.ts): the public page's form
// and submission, and the facilitator's links and pending comments. Every answer is parsed before use.

const ratings = z.array(z.object({ stepId: z.string(), score: z.number().int().min(1).max(10) }));

const formSchema = z.object({
  state: z.enum(['open', 'paused']),
  title: z.string(),
  steps: z.array(z.object({ id: z.string(), title: z.string() })),
  own: z.object({ ratings, comment: z.string() }).nullable(),
});

const linkSchema = z.object({
  token: z.string(),
  journeyId: z.string(),
  state: z.enum(FEEDBACK_LINK_STATES),
  createdAt: z.number(),
  responses: z.number(),
});

const commentSchema = z.object({
  id: z.string(),
  text: z.string(),
  journeyId: z.string(),
  ratings,
  submittedAt: z.number(),
});

/** Why the public page cannot show a form: the link's state as the relay said, with its sentence. */
export class FeedbackLinkError extends Error {
  override readonly name = 'FeedbackLinkError';
  constructor(
    readonly state: 'unknown' | 'rotated' | 'closed' | 'paused' | 'other',
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

async function publicCall(url: string, init: RequestInit, fetcher: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(url, { ...init, credentials: 'same-origin' });
  } catch {
    throw new FeedbackLinkError(
      'other',
      'Could not reach the server. Check your connection and try again.',
      null,
    );
  }
  const body = (await response.json().catch(() => null)) as { error?: unknown; state?: unknown } | null;
  if (response.ok) return body;
  const message = typeof body?.error === 'string' ? body.error : response.statusText;
  const state = body?.state;
  if (state === 'unknown' || state === 'rotated' || state === 'closed' || state === 'paused') {
    throw new FeedbackLinkError(state, message, response.status);
  }
  if (response.status === 429) {
    throw new FeedbackLinkError(
      'other',
      'Too many answers from this network just now. Wait a minute and try again.',
      429,
    );
  }
  throw new FeedbackLinkError('other', message, response.status);
}

export async function fetchFeedbackForm(token: string, fetcher: typeof fetch = fetch): Promise<FeedbackForm> {
  const body = await publicCall(`/api/feedback/${encodeURIComponent(token)}`, { method: 'GET' }, fetcher);
  return parseBody(formSchema, body);
}

export async function submitFeedback(
  token: string,
  submission: FeedbackSubmission,
  fetcher: typeof fetch = fetch,
): Promise<{ replaced: boolean }> {
  const body = await publicCall(
    `/api/feedback/${encodeURIComponent(token)}/response`,
    { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(submission) },
    fetcher,
  );
  return parseBody(z.object({ replaced: z.boolean() }), body);
}

/** The facilitator's board and key. */
export interface FeedbackCaller {
  readonly boardId: string;
  readonly key: string;
}

function boardCall(caller: FeedbackCaller, path: string, init: { method?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { Authorization: `Bearer ${caller.key}` };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const request: RequestInit = { method: init.method ?? 'GET', headers };
  if (init.body !== undefined) request.body = JSON.stringify(init.body);
  return requestJson(`/api/boards/${encodeURIComponent(caller.boardId)}/feedback${path}`, request, fetch);
}

export async function fetchFeedbackLinks(caller: FeedbackCaller): Promise<FeedbackLinkInfo[]> {
  return parseBody(z.object({ links: z.array(linkSchema) }), await boardCall(caller, '/links')).links;
}

export async function createFeedbackLink(
  caller: FeedbackCaller,
  journeyId: string,
): Promise<FeedbackLinkInfo> {
  return parseBody(linkSchema, await boardCall(caller, '/links', { method: 'POST', body: { journeyId } }));
}

export async function changeFeedbackLink(
  caller: FeedbackCaller,
  token: string,
  action: FeedbackLinkAction,
): Promise<FeedbackLinkInfo> {
  const body = await boardCall(caller, `/links/${encodeURIComponent(token)}`, {
    method: 'POST',
    body: { action },
  });
  return parseBody(linkSchema, body);
}

export async function fetchPendingComments(caller: FeedbackCaller): Promise<PendingComment[]> {
  return parseBody(z.object({ comments: z.array(commentSchema) }), await boardCall(caller, '/comments'))
    .comments;
}

/** Marks a pending comment accepted (its note is written) or discarded. */
export async function decideComment(
  caller: FeedbackCaller,
  id: string,
  decision: { accept: string } | 'discard',
): Promise<void> {
  const path = `/comments/${encodeURIComponent(id)}/${decision === 'discard' ? 'discard' : 'accept'}`;
  const body = decision === 'discard' ? undefined : { noteId: decision.accept };
  parseBody(
    z.object({ decided: z.literal(true) }),
    await boardCall(caller, path, { method: 'POST', ...(body ? { body } : {}) }),
  );
}

/** The public address of a feedback link. */
export function feedbackUrl(origin: string, token: string): string {
  return `${origin}/f/${encodeURIComponent(token)}`;
}

export { errorKindForStatus };
