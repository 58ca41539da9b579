import { describe, expect, it } from 'vitest';
import { compileCatalog, compileMessages, MESSAGES_FILE } from './compile-messages';

describe('compileCatalog', () => {
  it('turns ICU messages into Lingui’s compiled form: no parser needed in the browser', () => {
    expect(
      compileCatalog({
        plain: 'Hello',
        value: 'Hi {name}',
        plural: '{count, plural, one {# step} other {# steps}}',
      }),
    ).toEqual({
      plain: ['Hello'],
      value: ['Hi ', ['name']],
      plural: [['count', 'plural', { one: ['#', ' step'], other: ['#', ' steps'] }]],
    });
  });

  it('fails the build on a message that does not parse, naming the file and key', () => {
    expect(() => compileCatalog({ broken: 'Hi {name' }, 'nl.json')).toThrow(
      /nl\.json: "broken" is not a valid ICU/,
    );
    expect(() => compileCatalog({ notText: 3 }, 'nl.json')).toThrow(/"notText" is not a string/);
    expect(() => compileCatalog(['x'], 'nl.json')).toThrow(/one object/);
  });

  it('applies to the messages files only', () => {
    expect(MESSAGES_FILE.test('/repo/apps/web/src/i18n/messages/nl.json')).toBe(true);
    expect(MESSAGES_FILE.test('/repo/apps/web/src/i18n/messages/pt-BR.json')).toBe(true);
    expect(MESSAGES_FILE.test('/repo/apps/web/package.json')).toBe(false);
  });

  it('serves one bundle of a catalog as a module of its own (`?bundle=share`)', () => {
    const plugin = compileMessages();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const source = JSON.stringify({ 'share.copy': 'Copy', 'after.title': 'After', 'share.copied': 'Copied' });
    const share = transform(source, '/repo/apps/web/src/i18n/messages/en.json?bundle=share');
    expect(share?.code).toBe('export default {"share.copy":["Copy"]};');
    const whole = transform(source, '/repo/apps/web/src/i18n/messages/en.json');
    expect(JSON.parse(whole?.code ?? '')).toEqual({
      'share.copy': ['Copy'],
      'after.title': ['After'],
      'share.copied': ['Copied'],
    });
    expect(() => transform(source, '/repo/apps/web/src/i18n/messages/en.json?bundle=nope')).toThrow(
      /no message bundle/,
    );
    expect(transform(source, '/repo/apps/web/package.json')).toBeNull();
  });
});
