import { describe, expect, it } from 'vitest';
import { colorForUser } from './user-color';

describe('colorForUser', () => {
  it('is stable and from the palette', () => {
    expect(colorForUser('u-1')).toBe(colorForUser('u-1'));
    expect(colorForUser('u-1')).toMatch(/^#[0-9a-f]{6}$/);
    const colours = new Set(Array.from({ length: 50 }, (_, i) => colorForUser(`user-${i}`)));
    expect(colours.size).toBeGreaterThan(4);
  });
});
