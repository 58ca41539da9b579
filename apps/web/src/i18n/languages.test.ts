import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FALLBACK_LANGUAGE, isLanguage, LANGUAGE_CODES, LANGUAGES, pickLanguage } from './languages';

describe('pickLanguage', () => {
  it('takes the first preferred language we speak, by its primary subtag', () => {
    expect(pickLanguage(['nl-NL', 'en-US'])).toBe('nl');
    expect(pickLanguage(['fr-FR', 'nl-BE', 'en'])).toBe('nl');
    expect(pickLanguage(['en-GB', 'nl'])).toBe('en');
    expect(pickLanguage(['NL_nl'])).toBe('nl');
  });

  it('falls back to English when none is ours', () => {
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage(['de-DE', 'fr'])).toBe(FALLBACK_LANGUAGE);
  });

  it('always answers a language of the picker, whatever the browser says', () => {
    fc.assert(fc.property(fc.array(fc.string()), (tags) => isLanguage(pickLanguage(tags))));
  });
});

describe('the picker’s languages', () => {
  it('are named in their own language', () => {
    expect(LANGUAGES).toEqual({ en: 'English', nl: 'Nederlands' });
    expect(LANGUAGE_CODES).toEqual(['en', 'nl']);
  });

  it('accept only their own codes', () => {
    expect(isLanguage('nl')).toBe(true);
    expect(isLanguage('toString')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
