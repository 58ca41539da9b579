import { EMOTION_LABELS } from '@journeyboard/journey';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/i18n';
import { clampRating, faceGeometry, facePaths, MOODS, moodOf, RATING_VALUES, ratingName } from './faces';

describe('moodOf', () => {
  it('gives each pair of scores its face, worst to best', () => {
    expect(RATING_VALUES.map((v) => moodOf(v)?.key)).toEqual([
      'very-unhappy',
      'very-unhappy',
      'unhappy',
      'unhappy',
      'neutral',
      'neutral',
      'happy',
      'happy',
      'delighted',
      'delighted',
    ]);
  });

  it('rounds a mean and clamps what is off the scale; no face for no number', () => {
    expect(moodOf(6.5)?.key).toBe('happy');
    expect(moodOf(6.4)?.key).toBe('neutral');
    expect(moodOf(0)?.key).toBe('very-unhappy');
    expect(moodOf(42)?.key).toBe('delighted');
    expect(moodOf(null)).toBeNull();
    expect(moodOf(undefined)).toBeNull();
    expect(moodOf(Number.NaN)).toBeNull();
    expect(clampRating(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('never gets worse as the score rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 15, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (a, d) => {
          const low = MOODS.indexOf(moodOf(a)!);
          const high = MOODS.indexOf(moodOf(a + d)!);
          expect(high).toBeGreaterThanOrEqual(low);
        },
      ),
    );
  });

  it('carries an emotion the domain knows, so ballots and exports stay valid', () => {
    for (const mood of MOODS) expect(EMOTION_LABELS).toContain(mood.emotion);
  });
});

describe('faces', () => {
  it('names each value with its number and face', () => {
    expect(ratingName(t, 7)).toBe('7 of 10, Happy');
    expect(ratingName(t, 1)).toBe('1 of 10, Very unhappy');
  });

  it('draws a frown for the unhappy faces, a line for neutral and a smile for the happy ones', () => {
    const bend = (key: string) => {
      const { mouth } = faceGeometry(MOODS.find((m) => m.key === key)!);
      return mouth.control.y - (mouth.from.y + mouth.to.y) / 2;
    };
    expect(bend('very-unhappy')).toBeLessThan(bend('unhappy'));
    expect(bend('unhappy')).toBeLessThan(0);
    expect(bend('neutral')).toBe(0);
    expect(bend('happy')).toBeGreaterThan(0);
    expect(bend('delighted')).toBeGreaterThan(bend('happy'));
  });

  it('keeps every shape inside the head, and writes SVG path data', () => {
    for (const mood of MOODS) {
      const face = faceGeometry(mood);
      const points = [
        face.mouth.from,
        face.mouth.to,
        face.mouth.control,
        ...face.brows.flatMap((b) => [b.from, b.to]),
        ...face.eyes.map((e) => ({ x: e.cx, y: e.cy })),
      ];
      for (const p of points) expect(Math.hypot(p.x - 12, p.y - 12)).toBeLessThan(face.head.r);
      const paths = facePaths(face);
      expect(paths.mouth).toMatch(/^M[\d.]+ [\d.]+Q[\d. ]+Z?$/);
      expect(paths.brows === '' || /^(M[\d.]+ [\d.]+L[\d.]+ [\d.]+)+$/.test(paths.brows)).toBe(true);
    }
  });
});
