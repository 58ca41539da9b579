import type { FastifyReply } from 'fastify';
import type * as z from 'zod/v4/core';

export interface ErrorBody {
  error: string;
  /** Where in the input the first problem is, e.g. `title` or `steps[3].score`. */
  path?: string;
}

export function sendError(reply: FastifyReply, status: number, error: string, path?: string): FastifyReply {
  const body: ErrorBody = path === undefined ? { error } : { error, path };
  return reply.code(status).send(body);
}

/** `steps[3].score` style path of a zod issue. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text === '' ? String(part) : `${text}.${String(part)}`;
  }, '');
}

export function firstZodIssue(error: z.$ZodError): { path: string; reason: string } {
  const issue = error.issues[0];
  return { path: issue ? issuePath(issue.path) : '', reason: issue?.message ?? 'invalid input' };
}
