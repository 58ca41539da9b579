import {
  FEEDBACK_LINK_STATES,
  type FeedbackForm,
  type FeedbackLinkAction,
  type FeedbackLinkInfo,
  type FeedbackSubmission,
  type PendingComment,
} from '@journeyboard/journey';
import * as z from 'zod/mini';
import { errorKindForStatus, parseBody, requestJson } from '../app/api-client';

// The relay's customer-feedback API (apps/relay/src/feedback/feedback-routes.ts): the public page's form
// and submission, and the facilitator's links and pending comments. Every answer is parsed before use.

const ratings = z.array(z.object({ stepId: z.string(), score: z.int().check(z.gte(1), z.lte(10)) }));

const formSchema = z.object({
  state: z.enum(['open', 'paused']),
  title: z.string(),
  steps: z.array(z.object({ id: z.string(), title: z.string() })),
  own: z.nullable(z.object({ ratings, comment: z.string() })),
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

/** The link's state the relay names when it refuses the public page (its sentence is the client's). */
export type FeedbackLinkState = 'unknown' | 'rotated' | 'closed' | 'paused';

/**
 * Why the public page cannot show a form or take an answer: the link's state as the relay said it, or
 * what else went wrong (`network`, `rate-limited`, `step-gone`: a ticked step left the journey,
 * `invalid`: the relay refused the answer, `server`). The page words it in the reader's language.
 */
export class FeedbackLinkError extends Error {
  override readonly name = 'FeedbackLinkError';
  constructor(
    readonly state: FeedbackLinkState | 'other',
    readonly reason: FeedbackLinkState | 'network' | 'rate-limited' | 'step-gone' | 'invalid' | 'server',
    readonly status: number | null,
    detail: string = reason,
  ) {
    super(detail);
  }
}

const LINK_STATES: readonly string[] = ['unknown', 'rotated', 'closed', 'paused'];

/** The refusal of a public call from the relay's answer: its status and, when it names them, state and path. */
export function publicRefusal(
  status: number,
  body: { error?: unknown; state?: unknown; path?: unknown } | null,
): FeedbackLinkError {
  const detail = typeof body?.error === 'string' ? body.error : `HTTP ${status}`;
  const state = body?.state;
  if (typeof state === 'string' && LINK_STATES.includes(state)) {
    const known = state as FeedbackLinkState;
    return new FeedbackLinkError(known, known, status, detail);
  }
  if (status === 429) return new FeedbackLinkError('other', 'rate-limited', status, detail);
  if (status === 400 && typeof body?.path === 'string' && /^ratings\[\d+\]\.stepId$/.test(body.path)) {
    return new FeedbackLinkError('other', 'step-gone', status, detail);
  }
  if (status >= 400 && status < 500) return new FeedbackLinkError('other', 'invalid', status, detail);
  return new FeedbackLinkError('other', 'server', status, detail);
}

async function publicCall(url: string, init: RequestInit, fetcher: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(url, { ...init, credentials: 'same-origin' });
  } catch {
    throw new FeedbackLinkError('other', 'network', null);
  }
  const body = (await response.json().catch(() => null)) as {
    error?: unknown;
    state?: unknown;
    path?: unknown;
  } | null;
  if (response.ok) return body;
  throw publicRefusal(response.status, body);
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
