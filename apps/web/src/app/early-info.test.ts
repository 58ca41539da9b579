import { afterEach, expect, test } from 'vitest';
import { earlyBoardInfo, forgetEarlyBoardInfo, startEarlyBoardInfo } from './early-info';

afterEach(() => forgetEarlyBoardInfo());

const info = {
  id: 'board-1',
  title: 'Password reset',
  role: 'participant',
  identity: { id: 'person-1', token: 'token-1' },
};

function recordingFetch(answer: unknown, status = 200) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    calls.push({ url, headers: (init?.headers ?? {}) as Record<string, string> });
    return new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { calls, fetcher };
}

test('a board link asks for the board info at once, with the key and the remembered identity', async () => {
  const { calls, fetcher } = recordingFetch(info);
  const request = startEarlyBoardInfo(
    { location: { pathname: '/b/board-1', hash: '#key=secret' }, identityToken: () => 'remembered' },
    fetcher,
  );
  expect(request).not.toBeNull();
  expect(earlyBoardInfo('board-1', 'secret')).toBe(request);
  await expect(request).resolves.toMatchObject({ id: 'board-1', identity: { token: 'token-1' } });
  expect(calls).toHaveLength(1);
  expect(calls[0]!.url).toBe('/api/boards/board-1');
  expect(calls[0]!.headers.Authorization).toBe('Bearer secret');
  expect(Object.values(calls[0]!.headers)).toContain('remembered');
});

test('nothing is asked on other pages, and the request serves only its own board and key', () => {
  const { calls, fetcher } = recordingFetch(info);
  expect(
    startEarlyBoardInfo({ location: { pathname: '/', hash: '' }, identityToken: () => null }, fetcher),
  ).toBeNull();
  expect(
    startEarlyBoardInfo(
      { location: { pathname: '/b/board-1', hash: '' }, identityToken: () => null },
      fetcher,
    ),
  ).toBeNull();
  expect(calls).toHaveLength(0);
  startEarlyBoardInfo(
    { location: { pathname: '/b/board-1', hash: '#key=a' }, identityToken: () => null },
    fetcher,
  );
  expect(earlyBoardInfo('board-1', 'other-key')).toBeNull();
  expect(earlyBoardInfo('board-2', 'a')).toBeNull();
});

test('a refused request rejects for the one who takes it, and is no unhandled rejection otherwise', async () => {
  const { fetcher } = recordingFetch({ error: 'unauthorized' }, 401);
  const request = startEarlyBoardInfo(
    { location: { pathname: '/b/board-1', hash: '#key=wrong' }, identityToken: () => null },
    fetcher,
  );
  await expect(request).rejects.toMatchObject({ kind: 'unauthorized' });
});
