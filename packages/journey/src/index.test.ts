import { expect, test } from 'vitest';
import { SCHEMA_VERSION } from './index';

test('schema version is a positive integer', () => {
  expect(Number.isInteger(SCHEMA_VERSION) && SCHEMA_VERSION > 0).toBe(true);
});
