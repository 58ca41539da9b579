// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { type KeyValueStore, LANGUAGE_KEY, loadLanguagePreference } from '../app/local-prefs';
import { chooseLanguage, initialLanguage, startLanguage } from './choose-language';
import { activateLanguage, currentLanguage, t } from './i18n';

function memoryStore(entries: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(entries));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('the interface language', () => {
  afterEach(async () => {
    await activateLanguage('en');
  });

  it('is the one this browser chose before, else the browser’s own', () => {
    expect(initialLanguage(memoryStore({ [LANGUAGE_KEY]: 'nl' }), ['en-US'])).toBe('nl');
    expect(initialLanguage(memoryStore(), ['nl-NL', 'en'])).toBe('nl');
    expect(initialLanguage(memoryStore({ [LANGUAGE_KEY]: 'xx' }), ['en'])).toBe('en');
    expect(initialLanguage(null, [])).toBe('en');
  });

  it('starts before the first render, and <html lang> follows it', async () => {
    await startLanguage(memoryStore(), ['nl-BE']);
    expect(currentLanguage()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(t('share.copy')).toBe('Kopiëren');
    await chooseLanguage('en', memoryStore());
    expect(document.documentElement.lang).toBe('en');
    expect(t('share.copy')).toBe('Copy');
  });

  it('is remembered in this browser only when chosen', async () => {
    const store = memoryStore();
    await startLanguage(store, ['nl']);
    expect(store.data.size).toBe(0);
    await chooseLanguage('nl', store);
    expect(loadLanguagePreference(store)).toBe('nl');
  });

  it('formats plurals by each language’s rules', async () => {
    expect(t('start.template-steps', { count: 0 })).toBe('Empty board');
    expect(t('start.template-steps', { count: 1 })).toBe('1 step to start from');
    expect(t('start.template-steps', { count: 13 })).toBe('13 steps to start from');
    await activateLanguage('nl');
    expect(t('start.template-steps', { count: 1 })).toBe('Begint met 1 stap');
    expect(t('start.template-steps', { count: 11 })).toBe('Begint met 11 stappen');
  });
});
