import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A participant's identity on a board, issued by the relay: a random id and a token proving that this
 * relay (or another one sharing its secret) issued that id for that board. The browser keeps the token
 * and presents it again; the id is what the board records as author, voter or presence.
 *
 * token = `<id>.<base64url HMAC-SHA256(secret, "journeyboard-identity\n" + boardId + "\n" + id)>`
 */
export interface Identity {
  readonly id: string;
  readonly token: string;
}

const ID_PATTERN = /^p-[A-Za-z0-9_-]{16}$/;
const TOKEN_PATTERN = /^(p-[A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;

/** A fresh identity id: `p-` and 96 random bits in base64url. */
export function newIdentityId(): string {
  return `p-${randomBytes(12).toString('base64url')}`;
}

export function isIdentityId(value: string): boolean {
  return ID_PATTERN.test(value);
}

function mac(secret: Uint8Array, boardId: string, id: string): Buffer {
  return createHmac('sha256', secret).update(`journeyboard-identity\n${boardId}\n${id}`, 'utf8').digest();
}

/** The token of `id` on `boardId` (the same every time: the relay keeps no list of identities). */
export function identityToken(secret: Uint8Array, boardId: string, id: string): string {
  return `${id}.${mac(secret, boardId, id).toString('base64url')}`;
}

export function issueIdentity(secret: Uint8Array, boardId: string, id = newIdentityId()): Identity {
  return { id, token: identityToken(secret, boardId, id) };
}

/** The id a token proves on this board, or null (missing, malformed, forged, or issued for another board). */
export function verifyIdentity(
  secret: Uint8Array,
  boardId: string,
  token: string | null | undefined,
): string | null {
  if (!token) return null;
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const id = match[1]!;
  const given = Buffer.from(match[2]!, 'base64url');
  const expected = mac(secret, boardId, id);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** The caller's identity: the one its token proves, or a new one when it has none (or a bad one). */
export function renewIdentity(
  secret: Uint8Array,
  boardId: string,
  presented: string | null | undefined,
): Identity {
  const id = verifyIdentity(secret, boardId, presented);
  return id ? { id, token: presented! } : issueIdentity(secret, boardId);
}
