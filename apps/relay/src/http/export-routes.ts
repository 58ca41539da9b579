import { actionPlanToCsv, exportBoardJson, readBoard, stepsToCsv } from '@journeyboard/journey';
import type { FastifyInstance } from 'fastify';
import { type AuthDeps, authorizeBoard } from './auth';
import { sendError } from './errors';

interface BoardParams {
  id: string;
}

/** A file name made only of safe characters, so it needs no quoting rules in Content-Disposition. */
export function downloadName(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 _-]+/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${base || 'board'}.${extension}`;
}

export function registerExportRoutes(
  app: FastifyInstance,
  options: AuthDeps & { publicUrl: string | undefined },
): void {
  const { boards } = options;

  app.get<{ Params: BoardParams }>('/api/boards/:id/export.json', async (request, reply) => {
    const auth = await authorizeBoard(options, request, reply, request.params.id);
    if (!auth) return reply;
    const docs = await boards.readDocs(auth.board.id);
    const json = exportBoardJson(docs.content);
    for (const doc of Object.values(docs)) doc.destroy();
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${downloadName(auth.board.title, 'json')}"`);
    reply.header('cache-control', 'no-store');
    return json;
  });

  app.get<{ Params: BoardParams; Querystring: { table?: string } }>(
    '/api/boards/:id/export.csv',
    async (request, reply) => {
      const auth = await authorizeBoard(options, request, reply, request.params.id);
      if (!auth) return reply;
      const table = request.query.table ?? 'steps';
      if (table !== 'steps' && table !== 'action-plan') {
        return sendError(reply, 400, 'expected steps or action-plan', 'table');
      }
      const docs = await boards.readDocs(auth.board.id);
      const board = readBoard(docs.content);
      for (const doc of Object.values(docs)) doc.destroy();
      const csv = table === 'steps' ? stepsToCsv(board) : actionPlanToCsv(board);
      const suffix = table === 'steps' ? '' : '-action-plan';
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header(
        'content-disposition',
        `attachment; filename="${downloadName(`${auth.board.title}${suffix}`, 'csv')}"`,
      );
      reply.header('cache-control', 'no-store');
      return csv;
    },
  );
}
