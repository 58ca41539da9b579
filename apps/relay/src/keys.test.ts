import { describe, expect, it } from 'vitest';
import {
  generateBoardId,
  generateKey,
  generateKeys,
  hashKey,
  isValidBoardId,
  roleForKey,
  secretsEqual,
} from './keys';

describe('keys', () => {
  it('are 128 random bits in base64url', () => {
    const keys = new Set(Array.from({ length: 200 }, generateKey));
    expect(keys.size).toBe(200);
    for (const key of keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(key, 'base64url').length).toBe(16);
    }
  });

  it('are stored only as SHA-256 hashes', () => {
    const { keys, hashes } = generateKeys();
    expect(hashes.facilitator).toBe(hashKey(keys.facilitator));
    expect(hashes.participant).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.values(hashes)).not.toContain(keys.observer);
  });

  it('map to their role, and nothing else does', () => {
    const { keys, hashes } = generateKeys();
    expect(roleForKey(hashes, keys.facilitator)).toBe('facilitator');
    expect(roleForKey(hashes, keys.participant)).toBe('participant');
    expect(roleForKey(hashes, keys.observer)).toBe('observer');
    expect(roleForKey(hashes, '')).toBeUndefined();
    expect(roleForKey(hashes, `${keys.observer}x`)).toBeUndefined();
    expect(roleForKey(hashes, hashes.observer)).toBeUndefined();
  });

  it('compares admin tokens of any length safely', () => {
    expect(secretsEqual('a-long-admin-token', 'a-long-admin-token')).toBe(true);
    expect(secretsEqual('a-long-admin-token', 'a-long-admin-toke')).toBe(false);
    expect(secretsEqual('a-long-admin-token', '')).toBe(false);
  });

  it('board ids stay inside [A-Za-z0-9_-]{1,64}', () => {
    for (let index = 0; index < 50; index++) expect(isValidBoardId(generateBoardId())).toBe(true);
    expect(isValidBoardId('')).toBe(false);
    expect(isValidBoardId('a'.repeat(64))).toBe(true);
    expect(isValidBoardId('a'.repeat(65))).toBe(false);
    expect(isValidBoardId('a/b')).toBe(false);
    expect(isValidBoardId('ä')).toBe(false);
    expect(isValidBoardId('..')).toBe(false);
  });
});
