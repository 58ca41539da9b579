import { expect, test } from 'vitest';
import { linesToList, listToLines } from './persona-lists';

test('one goal per line, blank lines and padding dropped, round-trips', () => {
  expect(linesToList('  Get help fast \n\n Not repeat myself\n')).toEqual([
    'Get help fast',
    'Not repeat myself',
  ]);
  expect(linesToList(listToLines(['a', 'b']))).toEqual(['a', 'b']);
  expect(linesToList('')).toEqual([]);
});
