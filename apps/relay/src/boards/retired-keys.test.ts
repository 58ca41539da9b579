import { describe, expect, it } from 'vitest';
import { RetiredKeys } from './retired-keys';

describe('RetiredKeys', () => {
  it('remembers rotated key hashes for the given time', () => {
    const retired = new RetiredKeys(1000);
    retired.add('a'.repeat(64), 0);
    expect(retired.has('a'.repeat(64), 999)).toBe(true);
    expect(retired.has('b'.repeat(64), 999)).toBe(false);
    expect(retired.has('a'.repeat(64), 1000)).toBe(false);
    expect(retired.has('a'.repeat(64), 0)).toBe(false);
  });
});
