import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage, currentLanguage, message, t } from './i18n';
import { translatorFor } from './translator-for';

describe('translatorFor', () => {
  afterEach(async () => {
    await activateLanguage('en');
  });

  it('translates in the language asked for, while the page keeps its own', async () => {
    const dutch = await translatorFor('nl');
    expect(dutch('share.copy')).toBe('Kopiëren');
    expect(dutch(message('start.template-steps', { count: 11 }))).toBe('Begint met 11 stappen');
    expect(currentLanguage()).toBe('en');
    expect(t('share.copy')).toBe('Copy');
  });

  it('answers English for an English board read by a Dutch reader', async () => {
    await activateLanguage('nl');
    const english = await translatorFor('en');
    expect(english('share.copy')).toBe('Copy');
    expect(t('share.copy')).toBe('Kopiëren');
  });

  it('refuses a language it has no messages for', async () => {
    await expect(translatorFor('fr' as 'en')).rejects.toThrow(/no messages/);
  });
});
