import {
  actionPlanToCsv,
  type BoardSnapshot,
  exportBoard,
  type MeasuredSources,
  measuredExport,
  measuredToCsv,
  readBallotResults,
  readBoardWithIssues,
  readMeasuredSources,
  readSession,
  revealedBoard,
  stepsToCsv,
} from '@journeyboard/journey';
import type { FastifyInstance } from 'fastify';
import { type AuthDeps, authorizeBoard } from './auth';
import { sendError } from './errors';

interface BoardParams {
  id: string;
}

/**
 * The board as exported: ratings only as revealed (anonymous distributions), never anyone's ballot; with
 * the measured data everyone on the board sees (customers' published aggregates, service-desk figures).
 * Pending customer comments live only in the feedback store and are never read here.
 */
async function exportedBoard(
  boards: AuthDeps['boards'],
  boardId: string,
): Promise<{ board: BoardSnapshot; measured: MeasuredSources }> {
  const docs = await boards.readDocs(boardId);
  try {
    const { board } = readBoardWithIssues(docs.content);
    return {
      board: revealedBoard(
        board,
        readBallotResults(docs.session),
        readSession(docs.session).ratingVisibility,
      ),
      measured: readMeasuredSources(docs.content, docs.session),
    };
  } finally {
    for (const doc of Object.values(docs)) doc.destroy();
  }
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
    const { board, measured } = await exportedBoard(boards, auth.board.id);
    const json = `${JSON.stringify(exportBoard(board, { measured: measuredExport(board, measured), boardTitle: auth.board.title }), null, 2)}\n`;
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
      if (table !== 'steps' && table !== 'action-plan' && table !== 'measured') {
        return sendError(reply, 400, 'expected steps, action-plan or measured', 'table');
      }
      const { board, measured } = await exportedBoard(boards, auth.board.id);
      const csv =
        table === 'steps'
          ? stepsToCsv(board, undefined, { measured: measured.cells })
          : table === 'measured'
            ? measuredToCsv(board, measured)
            : actionPlanToCsv(board);
      const suffix = table === 'steps' ? '' : `-${table}`;
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
