import type { Browser, Page } from '@playwright/test';
import {
  answerNamePrompt,
  createBoardViaStartPage,
  expectConnected,
  joinInNewContext,
  keyOf,
  pathOf,
  spoken,
} from './board-helpers';
import { expect, test } from './fixtures';

/** A participant on another laptop whose browser never gets the scripts matching `blocked`. */
async function joinWithoutCode(browser: Browser, baseURL: string | undefined, link: string, blocked: RegExp) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  await context.route(blocked, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(pathOf(link));
  await answerNamePrompt(page, 'Pat Participant');
  await expectConnected(page);
  return { context, page };
}

/** The IndexedDB databases this page's browser keeps for a board (offline copies, upload queue). */
async function localDatabasesOf(page: Page, boardId: string): Promise<string[]> {
  return page.evaluate(
    async (id) =>
      (await indexedDB.databases()).map((db) => db.name ?? '').filter((name) => name.includes(id)),
    boardId,
  );
}

test('a wrong key, a rotated link and a deleted board each show a clear page', async ({ page, request }) => {
  const { links, boardId } = await createBoardViaStartPage(page, 'Soon gone', /blank/i);
  await expectConnected(page);
  // The documents' offline copies are kept in this browser while the board exists.
  await expect.poll(() => localDatabasesOf(page, boardId)).toContain(`journeyboard:${boardId}:session`);

  await page.goto(`/b/${boardId}#key=not-the-key`);
  await expect(page.getByRole('heading', { level: 1, name: 'This link is no longer valid' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
  await expect(page.locator('canvas')).toHaveCount(0);

  const rotated = await request.post(`/api/boards/${boardId}/links/participant/rotate`, {
    headers: { Authorization: `Bearer ${keyOf(links.facilitator)}` },
  });
  expect(rotated.ok()).toBe(true);
  await page.goto(pathOf(links.participant));
  await expect(page.getByRole('heading', { level: 1, name: 'This link is no longer valid' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Ask the facilitator for a fresh link');

  const deleted = await request.delete(`/api/boards/${boardId}`, {
    headers: { Authorization: `Bearer ${keyOf(links.facilitator)}` },
  });
  expect(deleted.status()).toBe(204);
  await page.goto(pathOf(links.facilitator));
  await expect(page.getByRole('heading', { level: 1, name: 'Board not found' })).toBeVisible();
  // A deleted board leaves nothing readable behind in the browsers that opened it.
  await expect.poll(() => localDatabasesOf(page, boardId)).toEqual([]);
  expect(
    await page.evaluate((id) => Object.keys(localStorage).filter((key) => key.includes(id)), boardId),
  ).toEqual([]);
});

test('links without a key and unknown pages explain themselves', async ({ page }) => {
  await page.goto('/b/abcdef');
  await expect(page.getByRole('heading', { level: 1, name: 'This link is incomplete' })).toBeVisible();
  await page.goto('/b/abcdef#key=whatever');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Board not found|no longer valid/);
});

test('a link rotated or a board deleted while open is explained on the board', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const { links, boardId } = await createBoardViaStartPage(page, 'Rotated mid-session', /blank/i);
  await expectConnected(page);
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  const facilitatorAuth = { Authorization: `Bearer ${keyOf(links.facilitator)}` };

  const rotated = await request.post(`/api/boards/${boardId}/links/participant/rotate`, {
    headers: facilitatorAuth,
  });
  expect(rotated.ok()).toBe(true);
  await expect(participant.page.locator('.connection')).toHaveAttribute('data-status', 'refused');
  await expect(participant.page.getByRole('alert')).toContainText('the key is wrong or has been replaced');
  // The facilitator's own link still works.
  await expect(page.locator('.connection')).toHaveAttribute('data-status', 'connected');

  const deleted = await request.delete(`/api/boards/${boardId}`, { headers: facilitatorAuth });
  expect(deleted.status()).toBe(204);
  await expect(page.locator('.connection')).toHaveAttribute('data-status', 'refused');
  await expect(page.getByRole('alert')).toContainText('does not exist or has been deleted');
  await expect.poll(() => localDatabasesOf(page, boardId)).toEqual([]);
  await participant.context.close();
});

test('code that did not arrive after the first frame is said: over a map that stays drawn, and on Add step', async ({
  page,
  browser,
  baseURL,
}) => {
  const { links } = await createBoardViaStartPage(page, 'Code missing', /onboarding/i);
  await expectConnected(page);
  // Another laptop, whose browser gets neither the canvas's input code nor the journey's editing code.
  const { context, page: other } = await joinWithoutCode(
    browser,
    baseURL,
    links.participant,
    /\/assets\/(canvas-input|edit-actions)-[^/]*\.js$/,
  );
  const canvas = other.getByTestId('journey-canvas');
  await expect(canvas).toHaveAttribute('data-complete', 'true');
  const input = other.getByRole('alert').filter({ hasText: 'mouse and keyboard controls stopped working' });
  await expect(input).toContainText('Part of its code did not arrive: check the connection, then try again.');
  await expect(input.getByRole('button', { name: 'Try again' })).toBeVisible();
  // The map is still drawn and says it is not taking input, rather than seeming to ignore it.
  await expect(canvas).toHaveAttribute('data-interactive', 'false');
  await expect(canvas).toHaveAttribute('aria-busy', 'true');
  await expect(other.locator('canvas').first()).toBeVisible();
  // The alert stands over the map's corner, in view (inside the canvas, under its drawing, it would not).
  await expect(input).toBeInViewport();
  await other.screenshot({ path: test.info().outputPath('input-code-missing.png') });
  // The toolbar is there from the first frame; its Add step says why no step was added.
  await other.getByRole('toolbar', { name: 'Board tools' }).getByRole('button', { name: 'Add step' }).click();
  await expect(
    spoken(other, /^Could not add a step: part of the app did not arrive\. Check your connection/),
  ).toHaveCount(1);
  await context.close();
});

test('presence code that did not arrive is said in the header, and the board is drawn and takes input', async ({
  page,
  browser,
  baseURL,
}) => {
  const { links } = await createBoardViaStartPage(page, 'Presence missing', /onboarding/i);
  await expectConnected(page);
  // Another laptop, whose browser does not get the presence code (the people list, others' cursors).
  const { context, page: other } = await joinWithoutCode(
    browser,
    baseURL,
    links.participant,
    /\/assets\/presence-part-[^/]*\.js$/,
  );
  const canvas = other.getByTestId('journey-canvas');
  await expect(canvas).toHaveAttribute('data-complete', 'true');
  const presence = other.getByRole('alert').filter({
    hasText: 'The view of who is on the board (the list of people, others’ cursors) stopped working.',
  });
  await expect(presence).toContainText(
    'Part of its code did not arrive: check the connection, then try again.',
  );
  await expect(presence.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Nothing else is lost: the map is drawn and takes input.
  await expect(canvas).toHaveAttribute('data-interactive', 'true');
  await context.close();
});
