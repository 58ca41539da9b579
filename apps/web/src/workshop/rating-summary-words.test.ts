import { expect, test } from 'vitest';
import { message } from '../i18n/i18n';
import { translatorFor } from '../i18n/translator-for';

test('in Dutch, a step nobody rated yet reads "nog geen cijfers", not "0 cijfers"', async () => {
  const dutch = await translatorFor('nl');
  expect(dutch(message('workshop.summary.hidden', { count: 0, step: 'Start een chat' }))).toBe(
    'Nog geen cijfers binnen voor Start een chat; verborgen tot het onthullen.',
  );
  expect(dutch(message('workshop.summary.hidden', { count: 1, step: 'Start een chat' }))).toBe(
    '1 cijfer binnen voor Start een chat; verborgen tot het onthullen.',
  );
});
