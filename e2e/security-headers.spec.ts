import { createHash } from 'node:crypto';
import { createBoardViaStartPage, expectConnected, keyOf, pathOf } from './board-helpers';
import { expect, test } from './fixtures';

test('a board page runs under its CSP: the built inline preload script is allowed by hash, nothing is blocked', async ({
  page,
  baseURL,
}) => {
  const { links } = await createBoardViaStartPage(page, 'Secure board', /onboarding/i);
  await expectConnected(page);
  // A second tab of the same person (the name is remembered): a full page load, not a fragment change.
  const tab = await page.context().newPage();
  const response = await tab.goto(`${baseURL}${pathOf(links.participant)}`);
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  // The inline script of the built page is the one the policy names.
  const html = (await response?.text()) ?? '';
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256')
    .update(inline[0] ?? '')
    .digest('base64');
  expect(csp).toContain(`'sha256-${hash}'`);
  // Without JavaScript the page says why in English and in Dutch: it cannot know which the reader reads.
  const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
  expect(noscript).toContain('<p>Journeyboard needs JavaScript to show the board.</p>');
  expect(noscript).toContain('<p lang="nl">Journeyboard heeft JavaScript nodig om het bord te tonen.</p>');
  await expectConnected(tab);
  // Cross-origin isolated: the page's own resources all load under require-corp.
  expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  expect(await tab.evaluate(() => self.crossOriginIsolated)).toBe(true);
  // It ran: the board's code (its first-load chunk, apps/web/build/first-load-chunks.ts) was asked for as a
  // module preload from the HTML.
  await expect(tab.locator('link[rel="modulepreload"][href*="first-board"]')).toHaveCount(1);
  // A websocket from a page of another origin (here an opaque one) is refused, with a right key.
  const boardId = new URL(links.participant).pathname.split('/')[2];
  const socketUrl = `${baseURL?.replace('http', 'ws')}/sync/${boardId}/content?key=${keyOf(links.participant)}`;
  const elsewhere = await page.context().newPage();
  await elsewhere.goto('about:blank');
  const outcome = await elsewhere.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(url);
        socket.onopen = () => resolve('open');
        socket.onclose = (event) => resolve(`closed ${event.code}`);
      }),
    socketUrl,
  );
  expect(outcome).toBe('closed 1006');
  await elsewhere.close();
});
