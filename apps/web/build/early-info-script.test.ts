import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { boardInfoRequest } from '../src/app/board-info-request';
import { earlyInfoScript } from './early-info-script';

/** Runs the built script in a page-like context and returns the requests it started. */
function run(script: string, pathname: string, hash: string, stored: Record<string, string> = {}) {
  const requests: { url: string; init: { headers: Record<string, string> } }[] = [];
  const page: Record<string, unknown> = {
    location: { pathname, hash },
    localStorage: { getItem: (key: string) => stored[key] ?? null, setItem: () => {} },
    fetch: (url: string, init: { headers: Record<string, string> }) => {
      requests.push({ url, init });
      return Promise.resolve({ ok: true });
    },
    URLSearchParams,
  };
  page.window = page;
  runInNewContext(script, page);
  return { requests, page };
}

test('the inline script, bundled from the app’s own modules, starts the info request of a board link', async () => {
  const script = await earlyInfoScript();
  // One classic script, nothing left to import.
  expect(script).not.toMatch(/\bimport\b|\bexport\b/);
  const returning = run(script, '/b/board_1', '#key=s3cret', {
    'journeyboard:identity:board_1': 'p-abcdefghijklmnop.sig',
  });
  const expected = boardInfoRequest('board_1', 's3cret', 'p-abcdefghijklmnop.sig');
  expect(returning.requests).toEqual([{ url: expected.url, init: { headers: expected.headers } }]);
  expect(returning.page.__journeyboardEarlyInfo).toMatchObject(expected);
  expect(run(script, '/b/board_1', '').requests).toEqual([]);
  expect(run(script, '/', '#key=s3cret').requests).toEqual([]);
}, 30_000);
