import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMOTIONS, ENTITY_DECLARATIONS, LANE_KIND_LABEL_KEYS, PHASE_LABEL_KEYS } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import {
  asciiApostrophes,
  type Catalog,
  compareCatalogs,
  keyLiterals,
  placeholdersOf,
  translatedKeys,
} from './catalog-checks';

const MESSAGES = join(import.meta.dirname, '../../src/i18n/messages');
const WEB_SRC = join(import.meta.dirname, '../../src');
const JOURNEY_SRC = join(import.meta.dirname, '../../../../packages/journey/src');

function catalog(language: string): Catalog {
  return JSON.parse(readFileSync(join(MESSAGES, `${language}.json`), 'utf8')) as Catalog;
}

function sources(root: string): string[] {
  return (
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      // bundles.ts names keys in its rules without using them: it must not keep a dead key alive.
      .filter(
        (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('i18n/bundles.ts'),
      )
      .map((file) => readFileSync(join(root, file), 'utf8'))
  );
}

const english = catalog('en');
const code = [...sources(WEB_SRC), ...sources(JOURNEY_SRC)];

describe('catalog checks', () => {
  it('reads placeholders, functions, plurals and select cases', () => {
    expect(placeholdersOf('Hi {name}, {count, plural, one {# step in {stage}} other {# steps}}')).toEqual([
      'count:plural',
      'name',
      'stage',
    ]);
    expect(() => placeholdersOf('{n, plural, one {# step}}')).toThrow(/no “other” case/);
    expect(placeholdersOf('{role, select, facilitator {A} other {B}} {n, number}')).toEqual([
      'n:number',
      'role:select(facilitator|other)',
    ]);
  });

  it('reports missing keys, extra keys and differing placeholders', () => {
    const problems = compareCatalogs(
      { a: 'A {x}', b: 'B', c: '{k, select, one {1} other {2}}' },
      { a: 'A {y}', c: '{k, select, other {2}}', d: 'D' },
      'xx',
    );
    expect(problems.map((p) => `${p.key}: ${p.problem}`)).toEqual([
      'b: missing in xx',
      'd: in xx but not in the reference',
      'a: placeholders y in xx, x in the reference',
      'c: placeholders k:select(other) in xx, k:select(one|other) in the reference',
    ]);
    expect(compareCatalogs({ a: 'A' }, { a: 'A {x' }, 'xx')[0]?.problem ?? '').toMatch(/does not parse/);
  });

  it('finds keys in source text', () => {
    expect([...keyLiterals("t('share.copy'); const k = \"phase.qa\"; x.y; 'not a key'")]).toEqual([
      'share.copy',
      'phase.qa',
    ]);
    expect([...translatedKeys("t('a.b') + t( \"c.d\", { n }) + at('e.f')")]).toEqual(['a.b', 'c.d']);
  });
});

describe('the messages files', () => {
  it('include every language of the picker, and nothing else', () => {
    const files = readdirSync(MESSAGES).map((file) => file.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it.each(LANGUAGE_CODES.filter((language) => language !== 'en'))(
    '%s has every English key, no other, and the same placeholders',
    (language) => {
      expect(compareCatalogs(english, catalog(language), language)).toEqual([]);
    },
  );

  it.each(LANGUAGE_CODES)('%s parses and uses the typographic apostrophe', (language) => {
    const messages = catalog(language);
    for (const text of Object.values(messages)) expect(() => placeholdersOf(text)).not.toThrow();
    expect(asciiApostrophes(messages)).toEqual([]);
  });

  it('every key is used somewhere in the code (no dead messages)', () => {
    const used = new Set(code.flatMap((source) => [...keyLiterals(source)]));
    expect(Object.keys(english).filter((key) => !used.has(key))).toEqual([]);
  });

  it('every key passed to t() exists', () => {
    const passed = new Set(code.flatMap((source) => [...translatedKeys(source)]));
    expect([...passed].filter((key) => !(key in english))).toEqual([]);
  });

  it('every label key the model declares has a message in every language', () => {
    const declared = [
      ...Object.values(ENTITY_DECLARATIONS).map((d) => d.labelKey),
      ...Object.values(LANE_KIND_LABEL_KEYS),
      ...Object.values(PHASE_LABEL_KEYS),
      ...Object.values(EMOTIONS).map((e) => e.labelKey),
    ];
    for (const language of LANGUAGE_CODES) {
      const messages = catalog(language);
      expect(declared.filter((key) => !(key in messages))).toEqual([]);
    }
  });
});
