import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance } from 'fastify';
import { StorageDamagedError } from '../storage/damage';

/**
 * Errors no route handled. A client error (4xx: malformed JSON, a body over the limit…) goes on to
 * Fastify's own answer. Anything else is answered with a generic sentence and an id that the log line of
 * the full error carries: no database or stack text ever reaches an HTTP answer.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.send(error);
    const errorId = randomUUID().slice(0, 8);
    if (error instanceof StorageDamagedError) {
      request.log.error({ err: error, errorId }, 'a request read damaged storage');
      return reply.code(500).send({
        error: `this board cannot be read from the relay's storage (damaged); the host can repair it (docs/deploy.md, "Damaged storage"). Error id ${errorId}.`,
        errorId,
      });
    }
    request.log.error({ err: error, errorId }, 'request failed');
    return reply
      .code(status >= 500 && status < 600 ? status : 500)
      .send({ error: `internal error (id ${errorId} in the relay's log)`, errorId });
  });
}
