import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { dockSidePanels, followSkipLink } from './board-helpers';
import { test as baseTest } from './fixtures';

export type RoleName = 'facilitator' | 'participant' | 'observer';

export interface Board {
  readonly id: string;
  readonly links: Record<RoleName, string>;
}

export async function createBoard(baseURL: string, title = 'Support workshop'): Promise<Board> {
  const response = await fetch(`${baseURL}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, template: 'support-experience' }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Board;
}

export interface Member {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly name: string;
}

/** Opens the board in a fresh browser context (its own storage, like another person's laptop). */
export async function join(
  browser: Browser,
  link: string,
  name: string,
  options: {
    clockAheadMs?: number;
    /**
     * Someone who works by keyboard alone: types the name in the prompt's field (it has the focus) and
     * presses Enter, and leaves the side panels on the rail (the skip links open them).
     */
    keyboardOnly?: boolean;
  } = {},
): Promise<Member> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  if (options.clockAheadMs) await context.clock.install({ time: Date.now() + options.clockAheadMs });
  // Count the notes the timer's chime plays (WebAudio oscillators), since a test cannot listen.
  await context.addInitScript(() => {
    const counter = window as unknown as { __chimeNotes: number };
    counter.__chimeNotes = 0;
    const original = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      counter.__chimeNotes++;
      return original.call(this);
    };
  });
  const page = await context.newPage();
  await page.goto(link);
  if (options.keyboardOnly) {
    // The page loads slowly on a busy machine: wait for the prompt, not for a time.
    await expect(page.getByLabel('Your name')).toBeFocused({ timeout: 60_000 });
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'What should we call you?' })).toBeHidden();
  } else {
    await page.getByLabel('Your name').fill(name);
    await page.getByRole('button', { name: 'Join board' }).click();
  }
  await expect(page.getByRole('region', { name: 'Workshop session' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Connected', { exact: true })).toBeVisible({ timeout: 30_000 });
  if (!options.keyboardOnly) await dockSidePanels(page);
  return { context, page, name };
}

export async function openWorkshopTab(
  page: Page,
  tab: 'Q&A' | 'Ratings' | 'Voting' | 'Personas' | 'Journey',
) {
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

export type WorkshopTab = 'Q&A' | 'Ratings' | 'Voting' | 'Personas' | 'Journey';

/**
 * Opens a workshop tab by keyboard alone: the skip link to the workshop panel puts the keyboard on its
 * selected tab, and the arrow keys move along the tabs.
 */
export async function openWorkshopTabByKeyboard(page: Page, tab: WorkshopTab) {
  await followSkipLink(page, 'Skip to the workshop panel');
  const tabs = page.getByRole('tablist', { name: 'Workshop panels' });
  await expect(tabs.getByRole('tab', { selected: true })).toBeFocused();
  const target = tabs.getByRole('tab', { name: tab, exact: true });
  for (let i = 0; i < 5 && (await target.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(target).toHaveAttribute('aria-selected', 'true');
  await expect(target).toBeFocused();
}

/**
 * What the Ratings tab shows of one step once the ratings are revealed: its caption ("title: N ratings,
 * mean M, range a–b" or "title: no ratings") and how many gave each score, 1 to 10.
 */
export async function revealedRating(
  page: Page,
  step: string,
): Promise<{ caption: string; scores: number[] }> {
  const panel = page.getByRole('tabpanel', { name: 'Ratings' });
  const row = panel
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: step, exact: true }) });
  const figure = row.getByRole('figure');
  await expect(figure).toBeVisible();
  const caption = await figure.evaluate((f) => f.querySelector('figcaption')?.textContent?.trim() ?? '');
  const bars = row.getByRole('list', { name: `Scores given to ${step}`, exact: true }).getByRole('listitem');
  const labels = await bars.evaluateAll((items) =>
    items.map((item) => item.getAttribute('aria-label') ?? ''),
  );
  return { caption, scores: labels.map((label) => Number(label.split(': ')[1])) };
}

/** Seconds shown by the workshop timer (`m:ss`). */
export async function timerSeconds(page: Page): Promise<number> {
  const label = (await page.getByRole('timer', { name: 'Workshop timer' }).textContent()) ?? '';
  const match = /(\d+):(\d\d)/.exec(label);
  if (!match) throw new Error(`timer shows ${label}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * A raw y-websocket client holding a role's key: it writes straight into its own copy of a document,
 * bypassing every check of the web client, as a tampered browser would.
 */
export async function rawClient(
  baseURL: string,
  board: Board,
  role: RoleName,
  doc: 'content' | 'session' | 'questions',
) {
  const key = new URL(board.links[role]).hash.replace(/^#key=/, '');
  const ydoc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${baseURL.replace(/^http/, 'ws')}/sync`,
    `${board.id}/${doc}`,
    ydoc,
    {
      params: { key },
      disableBc: true,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${role} ${doc} did not sync`)), 10_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    doc: ydoc,
    close() {
      provider.destroy();
      ydoc.destroy();
    },
  };
}

export async function chimeNotes(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __chimeNotes: number }).__chimeNotes);
}

export async function closeAll(members: readonly Member[]) {
  await Promise.all(members.map((m) => m.context.close()));
}

export interface Workshop {
  readonly board: Board;
  /** Everyone who joined, in order. */
  readonly members: readonly Member[];
  /** Opens the board with the link of `role` in a new browser context; it is closed after the test. */
  join(role: RoleName, name: string, options?: { clockAheadMs?: number }): Promise<Member>;
}

/** The shared test of the workshop specs: a fresh board per test, and everyone who joined closed after it. */
export const test = baseTest.extend<{ workshop: Workshop }>({
  workshop: async ({ browser, baseURL }, use) => {
    const board = await createBoard(baseURL!);
    const members: Member[] = [];
    await use({
      board,
      members,
      async join(role, name, options) {
        const member = await join(browser, board.links[role], name, options);
        members.push(member);
        return member;
      },
    });
    await closeAll(members);
  },
});
