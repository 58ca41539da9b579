import { expect, test } from 'vitest';
import { spotlightToShow } from './spotlight-follow';

const change = { previous: null, next: 'step-9', local: false, live: true };

test('a spotlight the facilitator starts or moves while the others watch is shown to them', () => {
  expect(spotlightToShow(change)).toBe('step-9');
  expect(spotlightToShow({ ...change, previous: 'step-2' })).toBe('step-9');
});

test('nothing moves for the one who chose it, when it stays or ends, or for what was already there', () => {
  expect(spotlightToShow({ ...change, local: true })).toBeNull();
  expect(spotlightToShow({ ...change, previous: 'step-9' })).toBeNull();
  expect(spotlightToShow({ ...change, previous: 'step-9', next: null })).toBeNull();
  // The board's first load or a reconnection's catching up: history, not an instruction.
  expect(spotlightToShow({ ...change, live: false })).toBeNull();
});
