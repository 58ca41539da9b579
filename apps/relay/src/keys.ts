import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from './storage/store';

/** A board key: 128 random bits, base64url (22 characters). */
export function generateKey(): string {
  return randomBytes(16).toString('base64url');
}

/** A board id: 72 random bits, base64url (12 characters), inside the accepted id alphabet. */
export function generateBoardId(): string {
  return randomBytes(9).toString('base64url');
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The role a key grants on a board, or undefined. Every role's hash is compared (in constant time) so
 * the timing does not reveal which role matched, or whether any did.
 */
export function roleForKey(keyHashes: Record<Role, string>, key: string): Role | undefined {
  const candidate = hashKey(key);
  let matched: Role | undefined;
  for (const role of ROLES) {
    if (sameHash(candidate, keyHashes[role]) && matched === undefined) matched = role;
  }
  return matched;
}

/** Constant-time comparison of two secrets of possibly different lengths (e.g. the admin token). */
export function secretsEqual(expected: string, given: string): boolean {
  return sameHash(hashKey(expected), hashKey(given));
}

export function generateKeys(): { keys: Record<Role, string>; hashes: Record<Role, string> } {
  const keys = { facilitator: generateKey(), participant: generateKey(), observer: generateKey() };
  return {
    keys,
    hashes: {
      facilitator: hashKey(keys.facilitator),
      participant: hashKey(keys.participant),
      observer: hashKey(keys.observer),
    },
  };
}

export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidBoardId(id: string): boolean {
  return BOARD_ID_PATTERN.test(id);
}
