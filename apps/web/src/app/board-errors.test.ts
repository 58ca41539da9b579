import { describe, expect, it } from 'vitest';
import { t } from '../i18n/i18n';
import { ApiError, type ApiErrorKind } from './api-client';
import { boardErrorCopy } from './board-errors';

describe('boardErrorCopy', () => {
  it('explains wrong or rotated keys and deleted boards without offering a pointless retry', () => {
    const rotated = boardErrorCopy(new ApiError('unauthorized', 'bad key', 401));
    expect(t(rotated.title)).toBe('This link is no longer valid');
    expect(rotated.retry).toBe(false);
    const deleted = boardErrorCopy(new ApiError('not-found', 'gone', 404));
    expect(t(deleted.message)).toMatch(/deleted/);
    expect(deleted.retry).toBe(false);
  });

  it('offers a retry for transient problems', () => {
    const kinds: ApiErrorKind[] = ['network', 'server', 'rate-limited', 'invalid-response'];
    for (const kind of kinds) expect(boardErrorCopy(new ApiError(kind, 'x')).retry).toBe(true);
  });

  it('passes the server’s own detail on inside the translated sentence', () => {
    const copy = boardErrorCopy(new ApiError('server', 'HTTP 503', 503));
    expect(t(copy.message)).toBe('The server could not open the board (HTTP 503). Try again in a moment.');
  });
});
