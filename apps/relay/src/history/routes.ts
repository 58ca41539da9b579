import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type AuthDeps, authorizeBoard } from '../http/auth';
import { firstZodIssue, sendError } from '../http/errors';
import type { CheckpointInfo } from '../storage/store';
import { type HistoryService, TooManyNamedCheckpointsError } from './history-service';
import { MAX_AUTO_CHECKPOINTS, MAX_NAMED_CHECKPOINTS, RETENTION, replayFrames } from './policy';

export interface HistoryRoutesOptions extends AuthDeps {
  history: HistoryService;
}

interface BoardParams {
  id: string;
}

const namedBody = z.object({
  name: z.string().trim().min(1, 'expected a non-empty name').max(80, 'expected at most 80 characters'),
});
const checkpointId = z.coerce.number().int('expected a checkpoint id').positive('expected a checkpoint id');
const replayQuery = z.object({
  frames: z.coerce
    .number()
    .int()
    .min(2, 'expected 2 to 200 frames')
    .max(200, 'expected 2 to 200 frames')
    .default(60),
});

const toBase64 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** The wire form of a checkpoint's description (what the history panel lists). */
export function describeCheckpoint(info: CheckpointInfo) {
  return { id: info.id, kind: info.kind, name: info.name, createdAt: info.createdAt, bytes: info.bytes };
}

/**
 * Board history over HTTP. Every role may list and preview (the history is part of the board they can
 * already see); only the facilitator names checkpoints. Restoring happens in the client, as an ordinary
 * undoable edit of the live document, so it needs no endpoint here.
 */
export function registerHistoryRoutes(app: FastifyInstance, options: HistoryRoutesOptions): void {
  const { history } = options;

  app.get<{ Params: BoardParams }>('/api/boards/:id/history', async (request, reply) => {
    const auth = await authorizeBoard(options, request, reply, request.params.id);
    if (!auth) return reply;
    const list = await history.list(auth.board.id);
    reply.header('cache-control', 'no-store');
    return {
      checkpoints: list.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id).map(describeCheckpoint),
      retention: {
        ...RETENTION,
        maxNamed: MAX_NAMED_CHECKPOINTS,
        maxAuto: MAX_AUTO_CHECKPOINTS,
      },
    };
  });

  app.post<{ Params: BoardParams }>('/api/boards/:id/history', async (request, reply) => {
    const auth = await authorizeBoard(options, request, reply, request.params.id);
    if (!auth) return reply;
    if (auth.role !== 'facilitator')
      return sendError(reply, 403, 'only the facilitator can name checkpoints');
    const parsed = namedBody.safeParse(request.body);
    if (!parsed.success) {
      const { path, reason } = firstZodIssue(parsed.error);
      return sendError(reply, 400, reason, path);
    }
    try {
      const info = await history.createNamed(auth.board.id, parsed.data.name);
      return reply.code(201).send(describeCheckpoint(info));
    } catch (error) {
      if (error instanceof TooManyNamedCheckpointsError) return sendError(reply, 409, error.message);
      throw error;
    }
  });

  app.get<{ Params: BoardParams; Querystring: Record<string, string> }>(
    '/api/boards/:id/history/replay',
    async (request, reply) => {
      const auth = await authorizeBoard(options, request, reply, request.params.id);
      if (!auth) return reply;
      const query = replayQuery.safeParse(request.query);
      if (!query.success) {
        const { path, reason } = firstZodIssue(query.error);
        return sendError(reply, 400, reason, path);
      }
      const picked = replayFrames(await history.list(auth.board.id), query.data.frames);
      const frames = [];
      for (const info of picked) {
        const checkpoint = await history.get(auth.board.id, info.id);
        if (checkpoint)
          frames.push({ ...describeCheckpoint(checkpoint), content: toBase64(checkpoint.docs.content) });
      }
      reply.header('cache-control', 'no-store');
      return { frames };
    },
  );

  app.get<{ Params: BoardParams & { checkpoint: string } }>(
    '/api/boards/:id/history/:checkpoint',
    async (request, reply) => {
      const auth = await authorizeBoard(options, request, reply, request.params.id);
      if (!auth) return reply;
      const id = checkpointId.safeParse(request.params.checkpoint);
      if (!id.success) return sendError(reply, 400, 'expected a checkpoint id', 'checkpoint');
      const checkpoint = await history.get(auth.board.id, id.data);
      if (!checkpoint) return sendError(reply, 404, 'unknown checkpoint');
      // Checkpoints never change, so a client may keep them while it scrubs through history.
      reply.header('cache-control', 'private, max-age=3600');
      return {
        ...describeCheckpoint(checkpoint),
        docs: {
          content: toBase64(checkpoint.docs.content),
          session: toBase64(checkpoint.docs.session),
          questions: toBase64(checkpoint.docs.questions),
        },
      };
    },
  );
}
