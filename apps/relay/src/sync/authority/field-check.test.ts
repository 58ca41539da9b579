import { DOC_NAMES, declarationsOf } from '@journeyboard/journey';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fieldCheck, isCompiled } from './field-check';

/** Every schema the judge checks a client's value against: declared fields and dictionary values. */
const declared = DOC_NAMES.flatMap((doc) =>
  [...declarationsOf(doc).values()].flatMap((declaration) => [
    ...Object.entries(declaration.fields).map(([field, schema]) => ({
      at: `${declaration.kind}.${field}`,
      schema,
    })),
    ...(declaration.value ? [{ at: `${declaration.kind} value`, schema: declaration.value }] : []),
  ]),
);

/** Values near what the schemas accept and refuse: bounds, lengths, members of enums, odd numbers. */
const near = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, undefined, true, false, 0, -0, 1, 10, 11, 0.5, -1, NaN, Infinity, -Infinity, 2 ** 53),
  fc.integer({ min: -20, max: 100_001 }),
  fc.double(),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    '',
    '#1a2b3c',
    '#1A2B3Z',
    '2026-12-07',
    'a'.repeat(20_001),
    'a'.repeat(200),
    'a'.repeat(201),
  ),
  fc.constantFrom(
    'current',
    'future',
    'low',
    'open',
    'hidden',
    'image/png',
    'dismissed',
    'facilitator',
    'qa',
  ),
  fc.constantFrom('0'.repeat(64), 'f'.repeat(63), ' padded text ', '   '),
  fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
  fc.constantFrom(new Array(1001).fill('x'), [''], ['a', 'b'], [undefined], [1, 2]),
);

describe('fieldCheck', () => {
  it('answers like zod for every declared field, on arbitrary values', () => {
    expect(declared.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.constantFrom(...declared), near, ({ at, schema }, value) => {
        expect(fieldCheck(schema)(value), `${at} ${fc.stringify(value)}`).toBe(
          schema.safeParse(value).success,
        );
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves to zod what it does not compile, and still answers like it', () => {
    const trimmed = z.string().check(z.trim(), z.minLength(1));
    const object = z.object({ a: z.number() });
    const union = z.union([z.string(), z.number()]);
    for (const schema of [trimmed, object, union]) {
      for (const value of [' ', ' x ', { a: 1 }, { a: '1' }, 3, 'x', null]) {
        expect(fieldCheck(schema)(value)).toBe(schema.safeParse(value).success);
      }
    }
  });

  it('compiles every declared field but the few only zod should judge (trimmed text, objects)', () => {
    const leftToZod = declared
      .filter(({ schema }) => !isCompiled(schema))
      .map(({ at }) => at)
      .sort();
    expect(leftToZod).toEqual([
      'answer.text',
      'question.text',
      'serviceDeskFigures value',
      'session.timer',
      'session.viewportRequest',
    ]);
  });

  it('compiles each schema once', () => {
    const schema = z.string();
    expect(fieldCheck(schema)).toBe(fieldCheck(schema));
  });
});
