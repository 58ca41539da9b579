import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authorization, BoardService } from '../boards/board-service';
import { isValidBoardId, secretsEqual } from '../keys';
import type { Metrics } from '../metrics';
import type { AddressBuckets, FailureLimiter } from '../rate-limit';
import { sendError } from './errors';

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export interface AuthDeps {
  boards: BoardService;
  failures: FailureLimiter;
  metrics: Metrics;
  adminToken: string | undefined;
  /** Board creations (and imports) per address, when there is no ADMIN_TOKEN to ask for. */
  creations: AddressBuckets;
}

/** A wrong key or token: 401 (or 404), or 429 once the address is past its failure limit. */
function refuseWrongKey(
  deps: AuthDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  boardId: string | undefined,
  refusal: { status: 401 | 404; reason: 'bad_key' | 'unknown_board'; message: string },
): void {
  if (deps.failures.recordFailure(request.ip, boardId, Date.now())) {
    deps.metrics.messagesRejected.inc({ reason: 'auth_rate' });
    reply.header('retry-after', '60');
    sendError(reply, 429, 'too many failed attempts; wait a minute');
    return;
  }
  deps.metrics.messagesRejected.inc({ reason: refusal.reason });
  sendError(reply, refusal.status, refusal.message);
}

/**
 * Resolves the caller's role on a board from `Authorization: Bearer <key>`, or sends the error reply
 * (400 bad id, 401 missing or wrong key, 404 unknown board, 429 instead of either past the failure limit)
 * and returns undefined. A right key is always admitted, however many wrong ones came from the address.
 */
export async function authorizeBoard(
  deps: AuthDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  boardId: string,
): Promise<Extract<Authorization, { ok: true }> | undefined> {
  if (!isValidBoardId(boardId)) {
    deps.metrics.messagesRejected.inc({ reason: 'bad_board_id' });
    sendError(reply, 400, 'board ids are 1 to 64 characters of A-Z, a-z, 0-9, _ and -', 'id');
    return undefined;
  }
  const key = bearerToken(request);
  if (!key) {
    sendError(reply, 401, 'send the board key as Authorization: Bearer <key>');
    return undefined;
  }
  const result = await deps.boards.authorize(boardId, key);
  if (result.ok) return result;
  if (result.reason === 'rotated_key') {
    deps.metrics.messagesRejected.inc({ reason: 'rotated_key' });
    sendError(reply, 401, 'this link was replaced; ask the facilitator for the new one');
    return undefined;
  }
  refuseWrongKey(
    deps,
    request,
    reply,
    boardId,
    result.reason === 'unknown_board'
      ? { status: 404, reason: 'unknown_board', message: 'unknown board' }
      : { status: 401, reason: 'bad_key', message: 'wrong or rotated key' },
  );
  return undefined;
}

/**
 * Creating or importing a board. With ADMIN_TOKEN, it needs `Authorization: Bearer <ADMIN_TOKEN>` (401, or
 * 429 past the failure limit; the right token always passes). Without, anyone may, within
 * BOARD_CREATIONS_PER_HOUR per address (429 beyond). Sends the error and returns false when refused.
 */
export function authorizeAdmin(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply): boolean {
  if (deps.adminToken === undefined) {
    if (deps.creations.take(request.ip, Date.now())) return true;
    deps.metrics.messagesRejected.inc({ reason: 'create_rate' });
    reply.header('retry-after', String(deps.creations.retryAfterSeconds()));
    sendError(reply, 429, 'too many boards created from this address; try again later');
    return false;
  }
  const token = bearerToken(request);
  if (token !== undefined && secretsEqual(deps.adminToken, token)) return true;
  refuseWrongKey(deps, request, reply, undefined, {
    status: 401,
    reason: 'bad_key',
    message: 'creating boards needs Authorization: Bearer <ADMIN_TOKEN>',
  });
  return false;
}
