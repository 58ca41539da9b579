interface CryptoLike {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random id (16 base-36 characters, ~82 bits), from Web Crypto when present (browsers, Node ≥ 19). */
export function newId(prefix = ''): string {
  const crypto = (globalThis as { crypto?: CryptoLike }).crypto;
  const bytes = new Uint8Array(16);
  if (crypto) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  let id = prefix;
  for (const byte of bytes) id += ALPHABET[byte % 36];
  return id;
}

/** Ratings are keyed by step and participant so one participant's concurrent re-ratings converge. */
export function ratingId(stepId: string, participantId: string): string {
  return `${stepId}|${participantId}`;
}

/** Votes are keyed by round and participant: each participant writes only their own entry. */
export function voteId(roundId: string, participantId: string): string {
  return `${roundId}|${participantId}`;
}
