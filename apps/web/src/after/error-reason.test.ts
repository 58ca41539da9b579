import { describe, expect, it } from 'vitest';
import { ApiError } from '../app/api-client';
import { FileFetchError, fetchFileBytes } from '../evidence/evidence-api';
import { t } from '../i18n/i18n';
import { translatorFor } from '../i18n/translator-for';
import { errorReason } from './error-reason';

describe('errorReason', () => {
  it('words what the client can name in the reader’s language, and keeps a refusal’s detail', async () => {
    expect(errorReason(new ApiError('network', 'fetch failed'), t)).toBe(
      'the server did not answer. Check your connection, then try again.',
    );
    const dutch = await translatorFor('nl');
    expect(errorReason(new ApiError('not-found', 'HTTP 404'), dutch)).toBe(
      'het bord bestaat niet meer of is verwijderd.',
    );
    expect(errorReason(new ApiError('bad-request', 'steps[2].score: expected a number'), dutch)).toBe(
      'steps[2].score: expected a number',
    );
    expect(errorReason(new Error('boom'), t)).toBe('boom');
    expect(
      errorReason(new TypeError('Failed to fetch dynamically imported module: http://x/a.js'), dutch),
    ).toBe('een deel van de app is niet aangekomen. Controleer je verbinding en probeer het opnieuw.');
  });

  it('words a board file the zip export could not fetch in the reader’s language, never the English', async () => {
    const noFile = async () => new Response('gone', { status: 404 });
    const noAnswer = async () => {
      throw new TypeError('fetch failed');
    };
    const caller = { boardId: 'b1', key: 'k' };
    const missing = await fetchFileBytes(caller, 'abc', noFile).catch((error: unknown) => error);
    const unreachable = await fetchFileBytes(caller, 'abc', noAnswer).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(FileFetchError);
    const dutch = await translatorFor('nl');
    expect(errorReason(missing, dutch)).toBe(
      'een bestand van het bord kon niet worden opgehaald (HTTP 404). Probeer het zo opnieuw.',
    );
    expect(errorReason(unreachable, dutch)).toBe(
      'de server antwoordde niet. Controleer je verbinding en probeer het opnieuw.',
    );
    expect(errorReason(missing, t)).toBe(
      'a file of the board could not be fetched (HTTP 404). Try again in a moment.',
    );
  });
});
