import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateLine, fitLines, summarySource } from './lane-summary';

const step = {
  doing: '  Fills in the\napplication form ',
  thinking: '',
  feeling: 'Nervous',
  people: ['Hiring manager'],
  systems: ['Careers site'],
} as unknown as Parameters<typeof summarySource>[0];

describe('summarySource', () => {
  it('puts a field on one line and names people and systems without labels', () => {
    expect(summarySource(step, 'doing')).toBe('Fills in the application form');
    expect(summarySource(step, 'thinking')).toBe('');
    expect(summarySource(step, 'people-systems')).toBe('Hiring manager, Careers site');
  });
});

describe('fitLines', () => {
  it('keeps a short text whole', () => {
    expect(fitLines('Nervous', 200, 2, 20, estimateLine)).toEqual(['Nervous']);
  });

  it('wraps by words and ends what is left out with an ellipsis', () => {
    // 11 units a character at 20: 18 characters to a 200-unit line.
    const lines = fitLines('Fills in the application form and uploads a CV', 200, 2, 20, estimateLine);
    expect(lines).toEqual(['Fills in the', 'application form…']);
  });

  it('gives no lines for an empty text', () => {
    expect(fitLines('   ', 100, 2, 20, estimateLine)).toEqual([]);
  });

  it('breaks a word longer than the line', () => {
    const lines = fitLines('Supercalifragilistic', 60, 3, 20, estimateLine);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateLine(line, 20)).toBeLessThanOrEqual(60);
  });

  it('never returns a line wider than the cell nor more lines than asked', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.integer({ min: 30, max: 400 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 8, max: 48 }),
        (text, width, maxLines, size) => {
          const lines = fitLines(text, width, maxLines, size, estimateLine);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(estimateLine(line, size)).toBeLessThanOrEqual(width);
          // Something shows whenever there is text and room for a character.
          if (text.trim() && estimateLine('W…', size) <= width) expect(lines.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
