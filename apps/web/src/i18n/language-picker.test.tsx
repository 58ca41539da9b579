// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_KEY } from '../app/local-prefs';
import { activateLanguage, currentLanguage } from './i18n';
import { LanguagePicker } from './language-picker';
import { useT } from './use-t';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Greeting() {
  const t = useT();
  return <p>{t('share.copy')}</p>;
}

describe('LanguagePicker', () => {
  afterEach(async () => {
    document.body.innerHTML = '';
    localStorage.clear();
    await activateLanguage('en');
  });

  it('names each language in its own language, and switches this page live', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <>
          <LanguagePicker />
          <Greeting />
        </>,
      );
    });
    const select = container.querySelector('select');
    if (!select) throw new Error('no select');
    expect([...select.options].map((o) => `${o.value}:${o.textContent}:${o.lang}`)).toEqual([
      'en:English:en',
      'nl:Nederlands:nl',
    ]);
    expect(container.querySelector('label')?.textContent).toBe('Language');
    expect(select.value).toBe('en');
    await act(async () => {
      select.value = 'nl';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // The Dutch messages arrive on demand: wait for that state, not for a time.
    await act(() => vi.waitFor(() => expect(currentLanguage()).toBe('nl')));
    expect(container.querySelector('label')?.textContent).toBe('Taal');
    expect(container.querySelector('p')?.textContent).toBe('Kopiëren');
    expect(select.value).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('nl');
    act(() => root.unmount());
  });
});
