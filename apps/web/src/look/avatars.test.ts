import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVATAR_KEYS, AVATAR_NAMES, avatarKey } from './avatars';

describe('avatarKey', () => {
  it('keeps a key', () => {
    for (const key of AVATAR_KEYS) expect(avatarKey(key)).toBe(key);
  });

  it('reads the emoji of older boards and the templates as the nearest avatar, skin tones and all', () => {
    expect(avatarKey('🧑🏼‍💼')).toBe('office');
    expect(avatarKey('👩🏽‍💼')).toBe('office');
    expect(avatarKey('🧑🏾‍💻')).toBe('developer');
    expect(avatarKey('🧑‍🎓')).toBe('student');
    expect(avatarKey('👩‍⚕️')).toBe('health');
    expect(avatarKey('🦸')).toBe('star');
    expect(avatarKey('🙂')).toBe('person');
  });

  it('gives every value an avatar with a name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), (value) => {
        expect(AVATAR_NAMES[avatarKey(value)]).toBeTruthy();
      }),
    );
  });
});
