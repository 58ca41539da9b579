import { expect, test, vi } from 'vitest';
import { fetchBoardInfo } from './api-client';
import { boardInfoRequest, pageBoardInfoRequest } from './board-info-request';
import { INLINE_INFO_KEY, inlineInfoFetcher, startInlineInfo } from './inline-info';

const info = {
  id: 'board_1',
  title: 'Onboarding',
  role: 'participant',
  identity: { id: 'p-abcdefghijklmnop', token: 'p-abcdefghijklmnop.sig' },
};

function store(entries: Record<string, string>) {
  return { getItem: (key: string) => entries[key] ?? null, setItem: () => {} };
}

test('the page starts the info request the app makes: same URL and headers, identity included', () => {
  const identity = { 'journeyboard:identity:board_1': 'p-abcdefghijklmnop.sig' };
  const location = { pathname: '/b/board_1', hash: '#key=s3cret' };
  expect(pageBoardInfoRequest(location, store(identity))).toEqual(
    boardInfoRequest('board_1', 's3cret', 'p-abcdefghijklmnop.sig'),
  );
  // A first visit presents no identity; a link without a key, or another page, asks for nothing.
  expect(pageBoardInfoRequest(location, store({}))?.headers).toEqual({ Authorization: 'Bearer s3cret' });
  expect(pageBoardInfoRequest({ pathname: '/b/board_1', hash: '' }, store(identity))).toBeNull();
  expect(pageBoardInfoRequest({ pathname: '/', hash: '#key=s3cret' }, store(identity))).toBeNull();
});

test('the app takes the response of the request the page started, once; any other request is its own', async () => {
  const holder: Record<string, unknown> = {};
  const early = vi.fn(async () => Response.json(info));
  startInlineInfo(holder, boardInfoRequest('board_1', 's3cret', null), early as unknown as typeof fetch);
  expect(early).toHaveBeenCalledTimes(1);
  const later = vi.fn(async () => Response.json(info));
  const fetcher = inlineInfoFetcher(holder, later as unknown as typeof fetch);
  await expect(fetchBoardInfo('board_1', 's3cret', fetcher)).resolves.toMatchObject({ title: 'Onboarding' });
  expect(later).not.toHaveBeenCalled();
  expect(holder[INLINE_INFO_KEY]).toBeUndefined();
  // Asked again (a retry), it goes to the network.
  await fetchBoardInfo('board_1', 's3cret', fetcher);
  expect(later).toHaveBeenCalledTimes(1);
});

test('a request that differs (another key, another identity) does not take the started response', async () => {
  const holder: Record<string, unknown> = {};
  const early = vi.fn(async () => Response.json(info));
  startInlineInfo(holder, boardInfoRequest('board_1', 's3cret', null), early as unknown as typeof fetch);
  const later = vi.fn(async () => Response.json(info));
  const fetcher = inlineInfoFetcher(holder, later as unknown as typeof fetch);
  await fetchBoardInfo('board_1', 'other', fetcher);
  await fetchBoardInfo('board_1', 's3cret', fetcher, undefined, 'p-abcdefghijklmnop.sig');
  expect(later).toHaveBeenCalledTimes(2);
  expect(holder[INLINE_INFO_KEY]).toBeDefined();
});

test('a started request that fails is the taker’s error, never an unhandled rejection', async () => {
  const holder: Record<string, unknown> = {};
  const failing = async () => {
    throw new TypeError('offline');
  };
  startInlineInfo(holder, boardInfoRequest('board_1', 's3cret', null), failing as unknown as typeof fetch);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const fetcher = inlineInfoFetcher(holder, fetch);
  await expect(fetchBoardInfo('board_1', 's3cret', fetcher)).rejects.toThrow(/could not reach the server/);
});
