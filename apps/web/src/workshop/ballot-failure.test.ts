import { describe, expect, test } from 'vitest';
import { ApiError } from '../app/api-client';
import { t } from '../i18n/i18n';
import { ballotFailure } from './ballot-failure';

describe('ballotFailure', () => {
  test('names why the relay did not record a ballot, from its status', () => {
    expect(ballotFailure(new ApiError('network', 'could not reach the server (x)'))).toBe('network');
    expect(ballotFailure(new ApiError('unauthorized', 'observers do not rate or vote', 403))).toBe('role');
    expect(ballotFailure(new ApiError('not-found', 'no voting round r1', 404))).toBe('gone');
    expect(ballotFailure(new ApiError('bad-request', 'this voting round is closed', 409))).toBe('refused');
    expect(ballotFailure(new ApiError('rate-limited', 'slow down', 429))).toBe('busy');
    expect(ballotFailure(new ApiError('bad-request', 'bad body', 400))).toBe('other');
    expect(ballotFailure(new ApiError('server', 'boom', 500))).toBe('other');
    expect(ballotFailure(new Error('the board is locked'))).toBe('other');
  });

  test('the announcement is worded in the reader’s language, never with the relay’s English sentence', () => {
    const text = t('board.ballot-not-recorded', {
      reason: ballotFailure(new ApiError('bad-request', 'x', 409)),
    });
    expect(text).toBe(
      'Your rating or vote was not recorded: the board is locked, the voting round has closed or your dots are all placed.',
    );
  });
});
