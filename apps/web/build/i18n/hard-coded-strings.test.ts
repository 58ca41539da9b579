import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardCodedStrings } from './hard-coded-strings';

/**
 * The folders whose components take every user-visible string from the messages files. Add a folder
 * (or a file) here once it is converted; `pending` in the report below lists what is left.
 */
const CHECKED_FOLDERS = [
  'app',
  'board',
  'i18n',
  'feedback',
  'evidence',
  'panels',
  'canvas',
  'look',
  'workshop',
  'after',
] as const;
/** Files in checked folders that are not converted yet, each with why (empty when all are). */
const NOT_YET_CONVERTED: Readonly<Record<string, string>> = {};

const SRC = join(import.meta.dirname, '../../src');

function componentFiles(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.tsx') && !file.includes('.test.'))
    .map((file) => join(folder, file));
}

describe('findHardCodedStrings', () => {
  it('finds JSX text and user-visible attribute values', () => {
    const source = [
      'export function A({ n }: { n: number }) {',
      '  const pick = useState<string | null>(null);',
      '  return (',
      '    <div title="Board menu">',
      "      <button aria-label={'Close'} onClick={() => go()}>",
      '        Try again',
      '      </button>',
      '      <span aria-hidden="true">×</span> {n}',
      '      <input placeholder={t(\'x.y\')} className="field" />',
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(findHardCodedStrings(source).map((s) => s.text)).toEqual([
      'title="Board menu"',
      'aria-label="Close"',
      'Try again',
    ]);
    expect(findHardCodedStrings("const x = <p>{'Loading'} {`Saving`}</p>;").map((s) => s.text)).toEqual([
      'Loading',
      'Saving',
    ]);
    const branches = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
      'const y = <button aria-label={`Copy ${role} link`}>',
      "  {busy ? 'Creating…' : t('start.create')} {copied === 'yes' ? t('a.b') : name || 'Nobody'}",
      '</button>;',
    ].join('\n');
    expect(findHardCodedStrings(branches).map((s) => s.text)).toEqual([
      'aria-label="Copy   link"',
      'Creating…',
      'Nobody',
    ]);
  });

  it('passes translated text, symbols and code', () => {
    const source = [
      "const f = (a: number) => a > 1 ? <b>{t('k')}</b> : null;",
      'export function B() {',
      "  return <p className=\"x\" aria-label={t('a.b')}>{t('c.d')} · {count}</p>;",
      '}',
    ].join('\n');
    expect(findHardCodedStrings(source)).toEqual([]);
    // Comments, types and strings outside JSX are not text on screen.
    expect(
      findHardCodedStrings(
        '/** A <b>dialog</b> */\nconst l: Array<string> = [\'Hello\'];\nconst e = <i className="big words" />;',
      ),
    ).toEqual([]);
  });
});

describe('no hard-coded user-visible strings', () => {
  it.each(CHECKED_FOLDERS)('in %s/', (folder) => {
    const found = componentFiles(folder)
      .filter((file) => !(relative('.', file) in NOT_YET_CONVERTED))
      .flatMap((file) =>
        findHardCodedStrings(readFileSync(join(SRC, file), 'utf8'), file).map(
          (s) => `${file}:${s.line}: ${s.text}`,
        ),
      );
    expect(found).toEqual([]);
  });
});
