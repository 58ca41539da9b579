import { describe, expect, it } from 'vitest';
import { parseDuration, parseScore, SCORE_OPTIONS } from './inspector-values';

describe('inspector values', () => {
  it('parses durations', () => {
    expect(parseDuration('')).toEqual({ ok: true, value: null });
    expect(parseDuration(' 15 ')).toEqual({ ok: true, value: 15 });
    expect(parseDuration('1.5').ok).toBe(false);
    expect(parseDuration('-3').ok).toBe(false);
  });

  it('parses scores from 1 to 10', () => {
    expect(parseScore('')).toBeNull();
    expect(parseScore('7')).toBe(7);
    expect(parseScore('10')).toBe(10);
    expect(parseScore('0')).toBeNull();
    expect(parseScore('11')).toBeNull();
    expect(SCORE_OPTIONS).toHaveLength(11);
  });
});
