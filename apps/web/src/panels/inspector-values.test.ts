import { describe, expect, it } from 'vitest';
import { consensusPatch, parseDuration } from './inspector-values';

describe('inspector values', () => {
  it('parses durations', () => {
    expect(parseDuration('')).toEqual({ ok: true, value: null });
    expect(parseDuration(' 15 ')).toEqual({ ok: true, value: 15 });
    expect(parseDuration('1.5').ok).toBe(false);
    expect(parseDuration('-3').ok).toBe(false);
  });

  it('writes the consensus score with the face it stands for, and clears both', () => {
    expect(consensusPatch(7)).toEqual({ score: 7, emotion: 'happy' });
    expect(consensusPatch(1)).toEqual({ score: 1, emotion: 'angry' });
    expect(consensusPatch(10)).toEqual({ score: 10, emotion: 'delighted' });
    expect(consensusPatch(null)).toEqual({ score: null, emotion: null });
    expect(consensusPatch(Number.NaN)).toEqual({ score: null, emotion: null });
  });
});
