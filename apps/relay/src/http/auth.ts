import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authorization, BoardService } from '../boards/board-service';
import { isValidBoardId, secretsEqual } from '../keys';
import type { Metrics } from '../metrics';
import type { FailureLimiter } from '../rate-limit';
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
}

/**
 * Resolves the caller's role on a board from `Authorization: Bearer <key>`, or sends the error reply
 * (400 bad id, 429 too many failures, 401 missing or wrong key, 404 unknown board) and returns undefined.
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
  if (deps.failures.isBlocked(request.ip, Date.now())) {
    deps.metrics.messagesRejected.inc({ reason: 'auth_rate' });
    reply.header('retry-after', '60');
    sendError(reply, 429, 'too many failed attempts; wait a minute');
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
  deps.failures.recordFailure(request.ip, Date.now());
  if (result.reason === 'unknown_board') {
    deps.metrics.messagesRejected.inc({ reason: 'unknown_board' });
    sendError(reply, 404, 'unknown board');
  } else {
    deps.metrics.messagesRejected.inc({ reason: 'bad_key' });
    sendError(reply, 401, 'wrong or rotated key');
  }
  return undefined;
}

/** When ADMIN_TOKEN is set, creating boards needs it; sends 401/429 and returns false otherwise. */
export function authorizeAdmin(deps: AuthDeps, request: FastifyRequest, reply: FastifyReply): boolean {
  if (deps.adminToken === undefined) return true;
  if (deps.failures.isBlocked(request.ip, Date.now())) {
    deps.metrics.messagesRejected.inc({ reason: 'auth_rate' });
    reply.header('retry-after', '60');
    sendError(reply, 429, 'too many failed attempts; wait a minute');
    return false;
  }
  const token = bearerToken(request);
  if (token !== undefined && secretsEqual(deps.adminToken, token)) return true;
  deps.failures.recordFailure(request.ip, Date.now());
  deps.metrics.messagesRejected.inc({ reason: 'bad_key' });
  sendError(reply, 401, 'creating boards needs Authorization: Bearer <ADMIN_TOKEN>');
  return false;
}
