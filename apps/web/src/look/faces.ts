import type { EmotionLabel } from '@journeyboard/journey';
import type { MessageKey, Translate } from '../i18n/i18n';

/**
 * The app's own emotion faces: five moods over the 1–10 scale, drawn from a few shapes (a head, eyes,
 * brows, a mouth) so the DOM (SVG) and the canvas (Konva shapes) draw the same face on every machine,
 * with or without an emoji font. Pure data; no React, no DOM.
 */

export const MIN_RATING = 1;
export const MAX_RATING = 10;
/** Every value of the scale, 1 to 10. */
export const RATING_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export type MoodKey = 'very-unhappy' | 'unhappy' | 'neutral' | 'happy' | 'delighted';

export interface Mood {
  readonly key: MoodKey;
  /**
   * What the face is called, in English.
   * @deprecated translate `nameKey` instead; removed once every screen does.
   */
  readonly name: string;
  /** What the face is called, in words (announced and shown as a tooltip): a message key. */
  readonly nameKey: MessageKey;
  /** The lowest score of the scale this face stands for. */
  readonly from: number;
  /** The domain's emotion label a rating with this face carries (kept in ballots and exports). */
  readonly emotion: EmotionLabel;
  /** The head's colour and the colour of its features. */
  readonly fill: string;
  readonly ink: string;
}

/** The moods from worst to best; each covers two scores of the scale. */
export const MOODS: readonly Mood[] = [
  {
    key: 'very-unhappy',
    nameKey: 'look.mood.very-unhappy',
    name: 'Very unhappy',
    from: 1,
    emotion: 'angry',
    fill: '#fecaca',
    ink: '#991b1b',
  },
  {
    key: 'unhappy',
    nameKey: 'look.mood.unhappy',
    name: 'Unhappy',
    from: 3,
    emotion: 'frustrated',
    fill: '#fed7aa',
    ink: '#9a3412',
  },
  {
    key: 'neutral',
    nameKey: 'look.mood.neutral',
    name: 'Neutral',
    from: 5,
    emotion: 'neutral',
    fill: '#fef08a',
    ink: '#854d0e',
  },
  {
    key: 'happy',
    nameKey: 'look.mood.happy',
    name: 'Happy',
    from: 7,
    emotion: 'happy',
    fill: '#d9f99d',
    ink: '#3f6212',
  },
  {
    key: 'delighted',
    nameKey: 'look.mood.delighted',
    name: 'Delighted',
    from: 9,
    emotion: 'delighted',
    fill: '#bbf7d0',
    ink: '#166534',
  },
];

/** A whole score of the scale, or null for anything that is not a number (NaN, ±Infinity). */
export function clampRating(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return Math.min(MAX_RATING, Math.max(MIN_RATING, Math.round(value)));
}

/** The face of a score (a mean is rounded first): 1–2 very unhappy … 9–10 delighted; null for no number. */
export function moodOf(value: number | null | undefined): Mood | null {
  if (value === null || value === undefined) return null;
  const score = clampRating(value);
  if (score === null) return null;
  let found = MOODS[0]!;
  for (const mood of MOODS) if (score >= mood.from) found = mood;
  return found;
}

/** The accessible name of one value of the scale, e.g. "7 of 10, Happy", in the reader's language. */
export function ratingName(translate: Translate, value: number): string {
  const mood = moodOf(value);
  return translate('look.rating-name', { value, mood: mood ? translate(mood.nameKey) : '' });
}

export interface FacePoint {
  readonly x: number;
  readonly y: number;
}

/** A quadratic curve; `closed` fills it (an open mouth). */
export interface FaceCurve {
  readonly from: FacePoint;
  readonly control: FacePoint;
  readonly to: FacePoint;
  readonly closed: boolean;
}

export interface FaceLine {
  readonly from: FacePoint;
  readonly to: FacePoint;
}

/** A face in a 24 × 24 box: the head is a circle of radius 10 around (12, 12). */
export interface FaceGeometry {
  readonly mood: Mood;
  readonly head: { readonly cx: number; readonly cy: number; readonly r: number };
  readonly eyes: readonly { readonly cx: number; readonly cy: number; readonly r: number }[];
  readonly brows: readonly FaceLine[];
  readonly mouth: FaceCurve;
}

export const FACE_BOX = 24;
const HEAD = { cx: 12, cy: 12, r: 10 } as const;
const EYES = [
  { cx: 8.6, cy: 9.6, r: 1.3 },
  { cx: 15.4, cy: 9.6, r: 1.3 },
] as const;

function mouthOf(key: MoodKey): FaceCurve {
  const p = (x: number, y: number) => ({ x, y });
  switch (key) {
    case 'very-unhappy':
      return { from: p(7.5, 17.5), control: p(12, 12.2), to: p(16.5, 17.5), closed: false };
    case 'unhappy':
      return { from: p(8, 16.6), control: p(12, 14), to: p(16, 16.6), closed: false };
    case 'neutral':
      return { from: p(8, 15.5), control: p(12, 15.5), to: p(16, 15.5), closed: false };
    case 'happy':
      return { from: p(7.8, 14.4), control: p(12, 18.8), to: p(16.2, 14.4), closed: false };
    case 'delighted':
      return { from: p(7, 13.6), control: p(12, 21.4), to: p(17, 13.6), closed: true };
  }
}

function browsOf(key: MoodKey): readonly FaceLine[] {
  // Slanted down towards the nose: angry; up towards the nose: worried.
  if (key === 'very-unhappy')
    return [
      { from: { x: 6.4, y: 6.2 }, to: { x: 10.2, y: 7.6 } },
      { from: { x: 17.6, y: 6.2 }, to: { x: 13.8, y: 7.6 } },
    ];
  if (key === 'unhappy')
    return [
      { from: { x: 6.6, y: 7.4 }, to: { x: 10, y: 6.4 } },
      { from: { x: 17.4, y: 7.4 }, to: { x: 14, y: 6.4 } },
    ];
  return [];
}

/** The shapes of a mood's face. */
export function faceGeometry(mood: Mood): FaceGeometry {
  return { mood, head: HEAD, eyes: EYES, brows: browsOf(mood.key), mouth: mouthOf(mood.key) };
}

function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** SVG path data of a face's mouth and brows (the head and eyes are circles). */
export function facePaths(geometry: FaceGeometry): { readonly mouth: string; readonly brows: string } {
  const { from, control, to, closed } = geometry.mouth;
  const mouth = `M${n(from.x)} ${n(from.y)}Q${n(control.x)} ${n(control.y)} ${n(to.x)} ${n(to.y)}${closed ? 'Z' : ''}`;
  const brows = geometry.brows
    .map((b) => `M${n(b.from.x)} ${n(b.from.y)}L${n(b.to.x)} ${n(b.to.y)}`)
    .join('');
  return { mouth, brows };
}
