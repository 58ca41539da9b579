import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomToken } from './feedback-service';

/** The cookie naming a browser to the feedback links: one response per browser and link. */
export const BROWSER_COOKIE = 'jb_feedback';
const BROWSER_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** The browser id the request's cookie carries, or null (missing or not one the relay would issue). */
export function browserIdOf(request: FastifyRequest): string | null {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== BROWSER_COOKIE) continue;
    const value = part.slice(at + 1).trim();
    return BROWSER_ID.test(value) ? value : null;
  }
  return null;
}

/** A new browser id, for a browser without one. */
export function newBrowserId(): string {
  return randomToken();
}

/** Gives the browser its id as an HttpOnly cookie for the feedback API only (once its response is stored). */
export function issueBrowserCookie(request: FastifyRequest, reply: FastifyReply, id: string): void {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  reply.header(
    'set-cookie',
    `${BROWSER_COOKIE}=${id}; Path=/api/feedback; Max-Age=31536000; HttpOnly; SameSite=Lax${secure}`,
  );
}
