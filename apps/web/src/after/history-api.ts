import * as z from 'zod/mini';
import { ApiError, errorKindForStatus, parseBody } from '../app/api-client';

const checkpointSchema = z.object({
  id: z.int().check(z.positive()),
  kind: z.enum(['auto', 'named']),
  name: z.nullable(z.string()),
  createdAt: z.number(),
  bytes: z.number().check(z.gte(0)),
});
export type CheckpointSummary = z.infer<typeof checkpointSchema>;

const listSchema = z.object({ checkpoints: z.array(checkpointSchema) });
const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'));
const checkpointDataSchema = z.extend(checkpointSchema, {
  docs: z.object({ content: base64, session: base64, questions: base64 }),
});
export type CheckpointData = z.infer<typeof checkpointDataSchema>;
const replaySchema = z.object({ frames: z.array(z.extend(checkpointSchema, { content: base64 })) });
export type ReplayFrame = z.infer<typeof replaySchema>['frames'][number];

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function call(
  url: string,
  key: string,
  init: RequestInit = {},
  fetcher: typeof fetch = fetch,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(url, {
      ...init,
      headers: {
        Authorization: `Bearer ${key}`,
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      },
    });
  } catch (error) {
    throw new ApiError('network', `could not reach the server (${(error as Error).message})`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const detail =
      body && typeof body === 'object' && 'error' in body && typeof body.error === 'string'
        ? body.error
        : `HTTP ${response.status}`;
    throw new ApiError(errorKindForStatus(response.status), detail, response.status);
  }
  return body;
}

const historyUrl = (boardId: string, rest = '') =>
  `/api/boards/${encodeURIComponent(boardId)}/history${rest}`;

/** Newest first. */
export async function listCheckpoints(
  boardId: string,
  key: string,
  fetcher?: typeof fetch,
): Promise<CheckpointSummary[]> {
  return parseBody(listSchema, await call(historyUrl(boardId), key, {}, fetcher)).checkpoints;
}

export async function fetchCheckpoint(
  boardId: string,
  key: string,
  id: number,
  fetcher?: typeof fetch,
): Promise<CheckpointData> {
  return parseBody(checkpointDataSchema, await call(historyUrl(boardId, `/${id}`), key, {}, fetcher));
}

export async function createNamedCheckpoint(
  boardId: string,
  key: string,
  name: string,
  fetcher?: typeof fetch,
): Promise<CheckpointSummary> {
  const body = await call(
    historyUrl(boardId),
    key,
    { method: 'POST', body: JSON.stringify({ name }) },
    fetcher,
  );
  return parseBody(checkpointSchema, body);
}

export async function fetchReplay(
  boardId: string,
  key: string,
  frames = 60,
  fetcher?: typeof fetch,
): Promise<ReplayFrame[]> {
  return parseBody(
    replaySchema,
    await call(historyUrl(boardId, `/replay?frames=${frames}`), key, {}, fetcher),
  ).frames;
}
