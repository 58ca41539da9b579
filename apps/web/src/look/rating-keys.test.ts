import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratingKey, tabStop } from './rating-keys';

describe('ratingKey', () => {
  it('moves the focus with the arrows, wrapping at both ends', () => {
    expect(ratingKey('ArrowRight', 4)).toEqual({ kind: 'focus', value: 5 });
    expect(ratingKey('ArrowUp', 10)).toEqual({ kind: 'focus', value: 1 });
    expect(ratingKey('ArrowLeft', 1)).toEqual({ kind: 'focus', value: 10 });
    expect(ratingKey('ArrowDown', 7)).toEqual({ kind: 'focus', value: 6 });
    expect(ratingKey('Home', 7)).toEqual({ kind: 'focus', value: 1 });
    expect(ratingKey('End', 2)).toEqual({ kind: 'focus', value: 10 });
  });

  it('chooses the focused value with Space or Enter, and any value with a digit (0 is 10)', () => {
    expect(ratingKey(' ', 6)).toEqual({ kind: 'choose', value: 6 });
    expect(ratingKey('Enter', 3)).toEqual({ kind: 'choose', value: 3 });
    expect(ratingKey('7', 1)).toEqual({ kind: 'choose', value: 7 });
    expect(ratingKey('0', 1)).toEqual({ kind: 'choose', value: 10 });
  });

  it('lets every other key through', () => {
    for (const key of ['Tab', 'a', 'Escape', '11', 'F1', '']) expect(ratingKey(key, 5)).toBeNull();
  });

  it('never leaves the scale, from any value and any key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.string({ maxLength: 12 }), (focused, key) => {
        const result = ratingKey(key, focused);
        if (result) {
          expect(Number.isInteger(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(1);
          expect(result.value).toBeLessThanOrEqual(10);
        }
      }),
    );
  });

  it('reaches every value in at most two keys from the tab stop (Tab, then a digit or Space)', () => {
    for (let value = 1; value <= 10; value++) {
      const digit = value === 10 ? '0' : String(value);
      expect(ratingKey(digit, tabStop(null))).toEqual({ kind: 'choose', value });
    }
  });
});

describe('tabStop', () => {
  it('is the chosen value, else the first', () => {
    expect(tabStop(null)).toBe(1);
    expect(tabStop(8)).toBe(8);
  });
});
