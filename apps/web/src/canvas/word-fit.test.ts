import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateLine } from './lane-summary';
import { wordFitFontSize } from './word-fit';

describe('wordFitFontSize', () => {
  it('keeps the size when every word fits', () => {
    expect(wordFitFontSize('Website chat', 200, 13, 9, estimateLine)).toBe(13);
  });

  it('shrinks the size so one long word fits its box instead of breaking', () => {
    const size = wordFitFontSize('Selfserviceportal', 100, 13, 8, estimateLine);
    expect(size).toBeLessThan(13);
    expect(estimateLine('Selfserviceportal', size)).toBeLessThanOrEqual(100);
  });

  it('never goes under the smallest size, nor over the given one', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.double({ min: 1, max: 400, noNaN: true }),
        fc.double({ min: 6, max: 40, noNaN: true }),
        (text, width, size) => {
          const min = size / 2;
          const fitted = wordFitFontSize(text, width, size, min, estimateLine);
          expect(fitted).toBeLessThanOrEqual(size);
          expect(fitted).toBeGreaterThanOrEqual(min);
          const widest = Math.max(0, ...text.split(/\s+/).map((word) => estimateLine(word, fitted)));
          if (fitted > min) expect(widest).toBeLessThanOrEqual(width + 1e-9);
        },
      ),
    );
  });

  it('leaves the size alone for an empty box or text', () => {
    expect(wordFitFontSize('', 100, 13, 9, estimateLine)).toBe(13);
    expect(wordFitFontSize('Portal', 0, 13, 9, estimateLine)).toBe(13);
  });
});
