import { describe, expect, it } from 'vitest';
import { activateLanguage, t } from '../i18n/i18n';
import { explainRefusal } from './refusal-messages';

describe('explainRefusal', () => {
  it('names the kind of entry and the reason, from the relay’s code and path', () => {
    expect(t(explainRefusal('not_owner note.text'))).toBe(
      'Your change to a sticky note was not saved: only its author or the facilitator may change it. Your copy of the board was reloaded from the relay.',
    );
  });

  it('reads anything it does not know as “other”, never as raw text', () => {
    const sentence = t(explainRefusal('made_up <script>.x'));
    expect(sentence).toBe(
      'Your last change was not saved: the relay did not accept it. Your copy of the board was reloaded from the relay.',
    );
    expect(t(explainRefusal(''))).toMatch(/^Your last change was not saved/);
  });

  it('is the same code in Dutch, in Dutch words', async () => {
    await activateLanguage('nl');
    try {
      expect(t(explainRefusal('locked step.title'))).toBe(
        'Je wijziging aan een stap is niet opgeslagen: de facilitator heeft het bord vergrendeld. Je kopie van het bord is opnieuw geladen vanaf de relay.',
      );
    } finally {
      await activateLanguage('en');
    }
  });
});
