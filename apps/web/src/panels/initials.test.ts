import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials';

describe('initialsOf', () => {
  it('takes the first letter of the first two words', () => {
    expect(initialsOf('Pieter de Vries')).toBe('PD');
    expect(initialsOf('sanne')).toBe('S');
    expect(initialsOf('  Émile   Zola ')).toBe('ÉZ');
  });

  it('passes over brackets, quotes and other signs to the next letter', () => {
    expect(initialsOf('Fenna (facilitator)')).toBe('FF');
    expect(initialsOf('Joost (meekijker)')).toBe('JM');
    expect(initialsOf('“Kim” – HR')).toBe('KH');
    expect(initialsOf('R2 D2')).toBe('RD');
    expect(initialsOf('42 Kim')).toBe('4K');
  });

  it('never shows half of a character, and a sign for a name without letters', () => {
    expect(initialsOf('🦊 Vos')).toBe('V');
    expect(initialsOf('(?) !!')).toBe('?');
    expect(initialsOf('')).toBe('?');
  });

  it('keeps one letter for a letter that upper-cases to two', () => {
    expect(initialsOf('ᾀ À')).toBe('ἈÀ');
    expect(initialsOf('ßara')).toBe('S');
  });

  it('is one or two letters or digits, or "?", for any name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
        const initials = initialsOf(name);
        expect(initials === '?' || /^(?:\p{L}\p{M}*|\p{N}){1,2}$/u.test(initials)).toBe(true);
        // No lone surrogate: every high surrogate is followed by a low one.
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(initials)).toBe(
          false,
        );
      }),
    );
  });
});
