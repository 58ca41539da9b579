import { expect, test } from 'vitest';
import { forkName } from './fork-name';

test('a fork is named in the reader’s words, numbered when the name is taken', () => {
  expect(forkName('Gewenste situatie', ['Huidige situatie'])).toBe('Gewenste situatie');
  expect(forkName('Future state', ['Current state', 'Future state '])).toBe('Future state 2');
  expect(forkName('Future state', ['Future state', 'Future state 2'])).toBe('Future state 3');
});
