import { MAX_RATING, MIN_RATING } from './faces';

/**
 * The keyboard of the rating scale (a radio group of 1–10), as a pure function: arrows and Home/End
 * move the focus, Space or Enter chooses the focused value, a digit chooses at once (0 is 10). Choosing
 * is explicit, so walking the scale with arrows never casts a stream of ballots.
 */
export type RatingKeyResult =
  | { readonly kind: 'focus'; readonly value: number }
  | { readonly kind: 'choose'; readonly value: number }
  | null;

function wrap(value: number): number {
  const span = MAX_RATING - MIN_RATING + 1;
  return ((((value - MIN_RATING) % span) + span) % span) + MIN_RATING;
}

/** What a key pressed on the focused value does; null: not the scale's key (let it through). */
export function ratingKey(key: string, focused: number): RatingKeyResult {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return { kind: 'focus', value: wrap(focused + 1) };
    case 'ArrowLeft':
    case 'ArrowDown':
      return { kind: 'focus', value: wrap(focused - 1) };
    case 'Home':
      return { kind: 'focus', value: MIN_RATING };
    case 'End':
      return { kind: 'focus', value: MAX_RATING };
    case ' ':
    case 'Enter':
      return { kind: 'choose', value: focused };
    default:
      if (/^[0-9]$/.test(key)) return { kind: 'choose', value: key === '0' ? 10 : Number(key) };
      return null;
  }
}

/** The value Tab lands on: the chosen one, else the first (one Tab stop for the whole scale). */
export function tabStop(chosen: number | null): number {
  return chosen ?? MIN_RATING;
}
