import { ROLES, type Role } from '@journeyboard/journey/contract';
import * as z from 'zod/mini';
import { boardInfoRequest } from './board-info-request';

export { ROLES, type Role };

const linksSchema = z.object({
  facilitator: z.url(),
  participant: z.url(),
  observer: z.url(),
});
export type BoardLinks = z.infer<typeof linksSchema>;

const createdBoardSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  links: linksSchema,
});
export type CreatedBoard = z.infer<typeof createdBoardSchema>;

/** Who this browser is on the board, issued by the relay: the id it is known by and the token proving it. */
const identitySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  token: z.string().check(z.minLength(1), z.maxLength(500)),
});
export type Identity = z.infer<typeof identitySchema>;

const boardInfoSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  role: z.enum(ROLES),
  identity: identitySchema,
});
export type BoardInfo = z.infer<typeof boardInfoSchema>;

/** Why a request failed, in terms the UI can explain. */
export type ApiErrorKind =
  | 'unauthorized'
  | 'not-found'
  | 'bad-request'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'invalid-response';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export function errorKindForStatus(status: number): ApiErrorKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
}

/** Parses a response body, naming the first offending field so a relay mismatch is diagnosable. */
export function parseBody<T>(schema: z.ZodMiniType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') || '(root)';
  throw new ApiError('invalid-response', `unexpected response from the server at ${path}: ${issue?.message}`);
}

export async function requestJson(input: string, init: RequestInit, fetcher: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(input, init);
  } catch (error) {
    throw new ApiError('network', `could not reach the server (${(error as Error).message})`);
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const body: unknown = await response.json();
      if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') {
        detail = body.error;
      } else if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
        detail = body.message;
      }
    } catch {
      // A body that is not JSON still has a status worth reporting.
    }
    throw new ApiError(
      errorKindForStatus(response.status),
      detail || `HTTP ${response.status}`,
      response.status,
    );
  }
  try {
    return await response.json();
  } catch {
    throw new ApiError('invalid-response', 'the server answered with something that is not JSON');
  }
}

export async function createBoard(
  input: { title: string; template: string; language?: string },
  fetcher: typeof fetch = fetch,
): Promise<CreatedBoard> {
  const body = await requestJson(
    '/api/boards',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: input.title, template: input.template, language: input.language }),
    },
    fetcher,
  );
  return parseBody(createdBoardSchema, body);
}

/**
 * The board's title and the key's role, and this browser's identity on the board: the one `identityToken`
 * proves, or a new one when it is missing or no longer valid.
 */
export async function fetchBoardInfo(
  boardId: string,
  key: string,
  fetcher: typeof fetch = fetch,
  signal?: AbortSignal,
  identityToken?: string | null,
): Promise<BoardInfo> {
  const request = boardInfoRequest(boardId, key, identityToken);
  const body = await requestJson(
    request.url,
    { headers: { ...request.headers }, signal: signal ?? null },
    fetcher,
  );
  return parseBody(boardInfoSchema, body);
}
