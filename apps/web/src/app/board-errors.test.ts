import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind } from './api-client';
import { boardErrorCopy } from './board-errors';

describe('boardErrorCopy', () => {
  it('explains wrong or rotated keys and deleted boards without offering a pointless retry', () => {
    const rotated = boardErrorCopy(new ApiError('unauthorized', 'bad key', 401));
    expect(rotated.title).toBe('This link is no longer valid');
    expect(rotated.retry).toBe(false);
    const deleted = boardErrorCopy(new ApiError('not-found', 'gone', 404));
    expect(deleted.message).toMatch(/deleted/);
    expect(deleted.retry).toBe(false);
  });

  it('offers a retry for transient problems', () => {
    const kinds: ApiErrorKind[] = ['network', 'server', 'rate-limited', 'invalid-response'];
    for (const kind of kinds) expect(boardErrorCopy(new ApiError(kind, 'x')).retry).toBe(true);
  });
});
