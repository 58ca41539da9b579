import type { Page } from '@playwright/test';
import { dockSidePanels, outline, outlineStep } from './board-helpers';
import { expect, test } from './fixtures';
import { createBoard } from './workshop-helpers';

// Someone who has opened this board before (a display name and the identity the relay issued are
// remembered) gets the board's content room socket from the app shell, before the board's code has
// loaded; the board then runs over that very socket. The relay must send the board once, and editing must
// work over the adopted socket. A first visit has no identity yet: the app shell asks for the board's
// info at once, and opens the socket as soon as that answer brings the identity; the board takes it too.

interface ContentSocketLog {
  readonly sockets: number;
  /** Frames the relay sent on the content room carrying at least a kilobyte (the board itself). */
  readonly largeFrames: number;
}

function watchContentSockets(page: Page): () => ContentSocketLog {
  let sockets = 0;
  let largeFrames = 0;
  page.on('websocket', (socket) => {
    if (!socket.url().includes('/content')) return;
    sockets += 1;
    socket.on('framereceived', ({ payload }) => {
      if (typeof payload !== 'string' && payload.length >= 1024) largeFrames += 1;
    });
  });
  return () => ({ sockets, largeFrames });
}

async function openAs(
  browser: import('@playwright/test').Browser,
  link: string,
  name: string,
  remembered: Record<string, string> = {},
) {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  await context.addInitScript(
    (stored) => {
      // A new page starts on about:blank, whose storage is denied (it would throw there).
      if (location.protocol === 'about:') return;
      for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
    },
    { 'journeyboard:display-name': name, ...remembered },
  );
  const page = await context.newPage();
  const first = watchContentSockets(page);
  await page.goto(link);
  return { context, page, first };
}

/** Opens the board a first time (the relay issues the identity), then again: the visit that is watched. */
async function returnAs(browser: import('@playwright/test').Browser, link: string, name: string) {
  const opened = await openAs(browser, link, name);
  await expect(opened.page.getByText('Connected', { exact: true })).toBeVisible();
  // The outline lives on the rail; docked, it stays open for the next visit (remembered per browser).
  await dockSidePanels(opened.page, ['Outline']);
  // The first visit too: one content socket, and the board sent over it once.
  expect(opened.first()).toEqual({ sockets: 1, largeFrames: 1 });
  const log = watchContentSockets(opened.page);
  await opened.page.reload();
  return { ...opened, log };
}

test('a returning person’s board arrives over the socket the app shell opened, once, and edits flow', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL!);
  const fac = await returnAs(browser, board.links.facilitator, 'Fran Facilitator');
  // No name prompt: the board opens straight away, with its content.
  await expect(outlineStep(fac.page, 'Opens a chat')).toBeVisible();
  await expect(fac.page.getByText('Connected', { exact: true })).toBeVisible();
  expect(fac.log()).toEqual({ sockets: 1, largeFrames: 1 });

  // Edits go out over the adopted socket and arrive from a peer over it.
  const par = await returnAs(browser, board.links.participant, 'Pat Participant');
  await expect(outlineStep(par.page, 'Opens a chat')).toBeVisible();
  await fac.page.getByRole('button', { name: 'Add step to Resolution' }).click();
  await expect(outline(par.page).getByRole('button', { name: /^Step \d+: New step$/ })).toHaveCount(1, {
    timeout: 2_000,
  });
  await par.page.getByRole('button', { name: 'Add step to Follow-up' }).click();
  await expect(outline(fac.page).getByRole('button', { name: /^Step \d+: New step$/ })).toHaveCount(2, {
    timeout: 2_000,
  });
  expect(fac.log().sockets).toBe(1);
  expect(par.log()).toEqual({ sockets: 1, largeFrames: 1 });
  await fac.context.close();
  await par.context.close();
});

test('a wrong key on a returning person’s link still shows the error page, not a board', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL!);
  const link = board.links.participant.replace(/#key=.*/, '#key=not-the-key');
  // An identity remembered for the board makes the app shell open the socket early, with the wrong key.
  const visitor = await openAs(browser, link, 'Pat Participant', {
    [`journeyboard:identity:${board.id}`]: 'p-abcdefghijklmnop.c2lnbmF0dXJl',
  });
  await expect(
    visitor.page.getByRole('heading', { level: 1, name: 'This link is no longer valid' }),
  ).toBeVisible();
  await expect(visitor.page.locator('canvas')).toHaveCount(0);
  expect(visitor.first().sockets).toBe(1);
  await visitor.context.close();
});
