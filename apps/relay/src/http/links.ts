import type { FastifyRequest } from 'fastify';
import { ROLES, type Role } from '../storage/store';

/** The public origin links point at: PUBLIC_URL behind a proxy, else the address the caller used. */
export function publicBase(publicUrl: string | undefined, request: FastifyRequest): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

/** A link that opens the board; the key travels in the fragment, which browsers never send to servers. */
export function boardLink(base: string, boardId: string, key: string): string {
  return `${base}/b/${encodeURIComponent(boardId)}#key=${key}`;
}

export function boardLinks(base: string, boardId: string, keys: Record<Role, string>): Record<Role, string> {
  return Object.fromEntries(ROLES.map((role) => [role, boardLink(base, boardId, keys[role])])) as Record<
    Role,
    string
  >;
}
