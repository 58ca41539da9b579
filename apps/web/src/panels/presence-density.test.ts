import { describe, expect, it } from 'vitest';
import { NAMED_OTHERS, othersNamed } from './presence-density';

describe('othersNamed', () => {
  it('names a few others, and shows a crowd as avatars', () => {
    expect(othersNamed(0)).toBe(true);
    expect(othersNamed(NAMED_OTHERS)).toBe(true);
    expect(othersNamed(NAMED_OTHERS + 1)).toBe(false);
    expect(othersNamed(40)).toBe(false);
  });
});
