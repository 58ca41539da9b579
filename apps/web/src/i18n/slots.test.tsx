import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { activateLanguage, t } from './i18n';
import { fillSlots, slot } from './slots';

describe('fillSlots', () => {
  it('puts an element where each language’s word order wants it', async () => {
    const render = () =>
      renderToStaticMarkup(
        <p>
          {fillSlots(t('name.prompt.intro', { board: slot('board') }), { board: <strong>Q3 review</strong> })}
        </p>,
      );
    expect(render()).toMatch(/^<p>You are joining <strong>Q3 review<\/strong>\. Others/);
    await activateLanguage('nl');
    try {
      expect(render()).toMatch(/^<p>Je doet mee aan <strong>Q3 review<\/strong>\. Anderen/);
    } finally {
      await activateLanguage('en');
    }
  });

  it('leaves text without slots as it is', () => {
    expect(fillSlots('plain', {})).toEqual(['plain']);
  });
});
