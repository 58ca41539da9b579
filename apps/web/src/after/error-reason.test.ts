import { describe, expect, it } from 'vitest';
import { ApiError } from '../app/api-client';
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
  });
});
