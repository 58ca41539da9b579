import { dotsBody, IDENTITY_HEADER, type OwnBallots, ratingBallotBody } from '@journeyboard/journey';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AuthDeps, authorizeBoard } from '../http/auth';
import { firstZodIssue, sendError } from '../http/errors';
import { Identities } from '../identity/identities';
import type { Voter } from './ballot-rules';
import type { BallotOutcome, BallotService } from './ballot-service';

export interface BallotRoutesOptions extends AuthDeps {
  ballots: BallotService;
  identities: Identities;
}

const entityId = z.string().min(1).max(200);

/** The caller as a voter: the key's role and the identity its token proves; sends 400/401 otherwise. */
async function voterOf(
  options: BallotRoutesOptions,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
): Promise<Voter | undefined> {
  const auth = await authorizeBoard(options, request, reply, request.params.id);
  if (!auth) return undefined;
  const id = options.identities.verify(auth.board.id, Identities.presented(request));
  if (!id) {
    sendError(reply, 401, `send the identity the relay issued as ${IDENTITY_HEADER}`);
    return undefined;
  }
  return { id, role: auth.role };
}

function answer(reply: FastifyReply, outcome: BallotOutcome<OwnBallots>) {
  reply.header('cache-control', 'no-store');
  if (outcome.ok) return outcome.value;
  return sendError(reply, outcome.refusal.status, outcome.refusal.message);
}

function badParam(reply: FastifyReply, value: string, name: string): boolean {
  if (entityId.safeParse(value).success) return false;
  sendError(reply, 400, 'expected an id of 1 to 200 characters', name);
  return true;
}

/**
 * Ballots (see docs/architecture.md, "Secret ballots"): a participant's own ratings and dots, cast through
 * the relay; nobody but their owner ever reads them back.
 */
export function registerBallotRoutes(app: FastifyInstance, options: BallotRoutesOptions): void {
  const { ballots } = options;
  type Params = { id: string; stepId: string; roundId: string };

  app.get<{ Params: { id: string } }>('/api/boards/:id/ballots', async (request, reply) => {
    const voter = await voterOf(options, request, reply);
    if (!voter) return reply;
    reply.header('cache-control', 'no-store');
    return ballots.own(request.params.id, voter);
  });

  app.put<{ Params: Params }>('/api/boards/:id/ballots/ratings/:stepId', async (request, reply) => {
    const voter = await voterOf(options, request, reply);
    if (!voter || badParam(reply, request.params.stepId, 'stepId')) return reply;
    const body = ratingBallotBody.safeParse(request.body);
    if (!body.success) {
      const { path, reason } = firstZodIssue(body.error);
      return sendError(reply, 400, reason, path);
    }
    return answer(reply, await ballots.rate(request.params.id, voter, request.params.stepId, body.data));
  });

  app.delete<{ Params: Params }>('/api/boards/:id/ballots/ratings/:stepId', async (request, reply) => {
    const voter = await voterOf(options, request, reply);
    if (!voter || badParam(reply, request.params.stepId, 'stepId')) return reply;
    return answer(reply, await ballots.withdraw(request.params.id, voter, request.params.stepId));
  });

  app.put<{ Params: Params }>('/api/boards/:id/ballots/votes/:roundId', async (request, reply) => {
    const voter = await voterOf(options, request, reply);
    if (!voter || badParam(reply, request.params.roundId, 'roundId')) return reply;
    const body = dotsBody.safeParse(request.body);
    if (!body.success) {
      const { path, reason } = firstZodIssue(body.error);
      return sendError(reply, 400, reason, path);
    }
    const outcome = await ballots.setDots(
      request.params.id,
      voter,
      request.params.roundId,
      body.data.targetIds,
    );
    return answer(reply, outcome);
  });
}
