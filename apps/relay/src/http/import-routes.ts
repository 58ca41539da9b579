import type { FastifyInstance } from 'fastify';
import type { BoardService } from '../boards/board-service';
import { type AuthDeps, authorizeAdmin } from './auth';
import { sendError } from './errors';
import { ImportsBusyError, runImport } from './import-worker';
import { boardLinks, publicBase } from './links';

/**
 * `POST /api/boards/import`: a board export becomes a new board. The body is taken as bytes (up to the
 * app's bodyLimit, checked while it streams in) and parsed, validated and written into a document on a
 * worker thread: a 30 MB import used to hold the event loop (and every workshop) for seconds.
 */
export async function registerImportRoutes(
  app: FastifyInstance,
  options: AuthDeps & { boards: BoardService; publicUrl: string | undefined },
): Promise<void> {
  await app.register(async (scope) => {
    // Only in this scope: the JSON body stays bytes here; every other route keeps Fastify's parser.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    scope.post('/api/boards/import', async (request, reply) => {
      if (!authorizeAdmin(options, request, reply)) return reply;
      let result: Awaited<ReturnType<typeof runImport>>;
      try {
        result = await runImport(request.body as Buffer);
      } catch (error) {
        if (!(error instanceof ImportsBusyError)) throw error;
        reply.header('retry-after', '5');
        return sendError(reply, 503, 'other imports are running; retry in a few seconds');
      }
      if (!result.ok) return sendError(reply, 400, result.error, result.path);
      const { board, keys } = await options.boards.createFromUpdates(result.title, {
        content: result.update,
      });
      const base = publicBase(options.publicUrl, request);
      return reply
        .code(201)
        .send({ id: board.id, title: board.title, links: boardLinks(base, board.id, keys) });
    });
  });
}
