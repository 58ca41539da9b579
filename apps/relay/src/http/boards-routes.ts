import { CONTENT_LANGUAGES } from '@journeyboard/journey';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type BoardService, UnknownTemplateError } from '../boards/board-service';
import { Identities } from '../identity/identities';
import { ROLES, type Role } from '../storage/store';
import { type AuthDeps, authorizeAdmin, authorizeBoard } from './auth';
import { firstZodIssue, sendError } from './errors';
import { boardLink, boardLinks, publicBase } from './links';

export interface BoardsRoutesOptions extends AuthDeps {
  boards: BoardService;
  publicUrl: string | undefined;
  identities: Identities;
}

const createBody = z.object({
  title: z.string().trim().min(1, 'expected a non-empty title').max(200, 'expected at most 200 characters'),
  template: z.string().optional(),
  /** The creator's language: the template's content is written in it (`en` when absent). */
  language: z.enum(CONTENT_LANGUAGES).optional(),
});

interface BoardParams {
  id: string;
}

export function registerBoardsRoutes(app: FastifyInstance, options: BoardsRoutesOptions): void {
  const { boards } = options;

  app.post('/api/boards', async (request, reply) => {
    if (!authorizeAdmin(options, request, reply)) return reply;
    const parsed = createBody.safeParse(request.body);
    if (!parsed.success) {
      const { path, reason } = firstZodIssue(parsed.error);
      return sendError(reply, 400, reason, path);
    }
    try {
      const { board, keys } = await boards.create(
        parsed.data.title,
        parsed.data.template,
        parsed.data.language,
      );
      const base = publicBase(options.publicUrl, request);
      return reply
        .code(201)
        .send({ id: board.id, title: board.title, links: boardLinks(base, board.id, keys) });
    } catch (error) {
      if (error instanceof UnknownTemplateError) return sendError(reply, 400, error.message, 'template');
      throw error;
    }
  });

  app.get<{ Params: BoardParams }>('/api/boards/:id', async (request, reply) => {
    const auth = await authorizeBoard(options, request, reply, request.params.id);
    if (!auth) return reply;
    // Who this browser is on the board: the identity its token proves, or a new one to keep.
    const identity = options.identities.renew(auth.board.id, Identities.presented(request));
    reply.header('cache-control', 'no-store');
    return { id: auth.board.id, title: auth.board.title, role: auth.role, identity };
  });

  app.post<{ Params: BoardParams & { role: string } }>(
    '/api/boards/:id/links/:role/rotate',
    async (request, reply) => {
      const auth = await authorizeBoard(options, request, reply, request.params.id);
      if (!auth) return reply;
      if (auth.role !== 'facilitator') return sendError(reply, 403, 'only the facilitator can rotate links');
      const role = request.params.role;
      if (!(ROLES as readonly string[]).includes(role)) {
        return sendError(reply, 400, `expected one of ${ROLES.join(', ')}`, 'role');
      }
      const key = await boards.rotate(auth.board.id, role as Role);
      if (!key) return sendError(reply, 404, 'unknown board');
      const link = boardLink(publicBase(options.publicUrl, request), auth.board.id, key);
      return { id: auth.board.id, role, link };
    },
  );

  app.delete<{ Params: BoardParams }>('/api/boards/:id', async (request, reply) => {
    const auth = await authorizeBoard(options, request, reply, request.params.id);
    if (!auth) return reply;
    if (auth.role !== 'facilitator') return sendError(reply, 403, 'only the facilitator can delete a board');
    await boards.delete(auth.board.id);
    return reply.code(204).send();
  });
}
