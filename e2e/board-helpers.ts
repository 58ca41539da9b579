import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export type Role = 'facilitator' | 'participant' | 'observer';
export type BoardLinks = Record<Role, string>;

/** The path and fragment of a link, so every page stays on the harness's base URL. */
export function pathOf(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
}

export function keyOf(link: string): string {
  return new URL(link).hash.replace(/^#key=/, '');
}

/** Creates a board through the start page and reads the three links from the Share dialog. */
export async function createBoardViaStartPage(
  page: Page,
  title: string,
  template: RegExp = /onboarding/i,
): Promise<{ links: BoardLinks; boardId: string }> {
  await page.goto('/');
  await page.getByLabel('Board title').fill(title);
  await page.getByRole('radio', { name: template }).check();
  await page.getByRole('button', { name: 'Create board' }).click();
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+#key=/);
  await answerNamePrompt(page, 'Fran Facilitator');
  const dialog = page.getByRole('dialog', { name: 'Share this board' });
  await expect(dialog).toBeVisible();
  const links = {
    facilitator: await dialog.getByRole('textbox', { name: 'Facilitator link' }).inputValue(),
    participant: await dialog.getByRole('textbox', { name: 'Participant link' }).inputValue(),
    observer: await dialog.getByRole('textbox', { name: 'Observer link' }).inputValue(),
  };
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await dockSidePanels(page);
  const boardId = new URL(links.facilitator).pathname.split('/').pop() ?? '';
  return { links, boardId };
}

export type SidePanel = 'Outline' | 'Workshop';

/**
 * Opens side panels from the rail at the board's right edge and docks them beside the canvas, as someone
 * who wants them on screen all the time would; the browser remembers it, so later visits in the same
 * context find them docked.
 */
export async function dockSidePanels(
  page: Page,
  panels: readonly SidePanel[] = ['Outline', 'Workshop'],
): Promise<void> {
  const rail = page.getByRole('region', { name: 'Side panels' });
  for (const panel of panels) {
    const button = rail.getByRole('button', { name: panel, exact: true });
    await pressUntil(button, 'aria-expanded');
    const name = panel === 'Outline' ? 'Dock the outline' : 'Dock the workshop panel';
    await pressUntil(page.getByRole('button', { name, exact: true }), 'aria-pressed');
  }
}

/**
 * Clicks a toggle until it reads "true". On a loaded machine the page can still be settling (the Share
 * dialog just closed), and a click can land where the button was a moment before: look, click again only
 * if it did not take, never twice for one change.
 */
async function pressUntil(button: Locator, attribute: 'aria-expanded' | 'aria-pressed'): Promise<void> {
  await expect(async () => {
    if ((await button.getAttribute(attribute)) !== 'true') await button.click();
    await expect(button).toHaveAttribute(attribute, 'true', { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

/** The first visit asks for a name; later visits in the same context remember it. */
export async function answerNamePrompt(page: Page, name: string): Promise<void> {
  const prompt = page.getByRole('dialog', { name: 'What should we call you?' });
  await expect(prompt).toBeVisible();
  await prompt.getByLabel('Your name').fill(name);
  await prompt.getByRole('button', { name: 'Join board' }).click();
  await expect(prompt).toBeHidden();
}

export async function expectConnected(page: Page): Promise<void> {
  await expect(page.locator('.connection')).toHaveAttribute('data-status', 'connected', { timeout: 15_000 });
}

/** Opens a link in a fresh browser context (its own storage, like another person's laptop). */
export async function joinInNewContext(
  browser: Browser,
  baseURL: string,
  link: string,
  name: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(pathOf(link));
  await answerNamePrompt(page, name);
  await expectConnected(page);
  await dockSidePanels(page);
  return { context, page };
}

export function outline(page: Page) {
  return page.getByRole('region', { name: 'Journey outline' });
}

/** The step row buttons in the outline are named "Step N: <title>". */
export function outlineStep(page: Page, title: string) {
  return outline(page).getByRole('button', { name: new RegExp(`^Step \\d+: ${escapeRegExp(title)}$`) });
}

/** The outline row (list item) of a step, for checking its channel, emotion, score and notes. */
export function outlineRow(page: Page, title: string) {
  return outline(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: new RegExp(`^Step \\d+: ${escapeRegExp(title)}$`) }) });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The in-place editor on the board (a textarea over what it edits), by the name of what it edits. */
export function boardEditor(page: Page, name = 'Step title') {
  return page.getByRole('application', { name: 'Journey map canvas' }).getByRole('textbox', { name });
}

/**
 * Adds a step with the toolbar and types its title where it appears on the board, as a participant
 * would: the title opens selected, so what is typed replaces "New step".
 */
export async function addStepWithTitle(page: Page, title: string): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'Board tools' })
    .getByRole('button', { name: 'Add step', exact: true })
    .click();
  const titleField = boardEditor(page);
  await expect(titleField).toBeFocused();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(titleField).toBeHidden();
  await expect(outlineStep(page, title)).toBeVisible();
}

/**
 * Presses Tab (or Shift+Tab, to go back) until `target` has focus, proving it is reachable from the
 * keyboard alone.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  maxPresses = 150,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${target} with ${maxPresses} presses of ${key}`);
}

/** Tabs to `target` the short way: forwards if it comes after the focused element, else backwards. */
export async function tabToward(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  const after = await target.evaluate((element) => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return true;
    return Boolean(focused.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  await tabTo(page, target, maxPresses, after ? 'Tab' : 'Shift+Tab');
}

/** Presses Tab until the keyboard is inside `group` (a radio group is one Tab stop: any of its radios). */
export async function tabInto(page: Page, group: Locator, maxPresses = 150): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await group.evaluate((element) => element.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not Tab into ${group} with ${maxPresses} presses`);
}

/** Follows one of the board's skip links by keyboard: back to it with Shift+Tab, then Enter. */
export async function followSkipLink(
  page: Page,
  name: 'Skip to the board' | 'Skip to the outline' | 'Skip to the workshop panel',
): Promise<void> {
  await tabTo(page, page.getByRole('link', { name }), 250, 'Shift+Tab');
  await page.keyboard.press('Enter');
}

/**
 * Adds a step with the keyboard alone: back (or on) to the toolbar's "Add step", Enter, type the title
 * over "New step", Enter. The keyboard is then back on the canvas, on the new step's card.
 */
export async function addStepByKeyboard(page: Page, title: string): Promise<void> {
  const addStep = page
    .getByRole('toolbar', { name: 'Board tools' })
    .getByRole('button', { name: 'Add step', exact: true });
  await tabTo(page, addStep, 250, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const titleField = boardEditor(page);
  await expect(titleField).toBeFocused();
  // A participant's rating box steps aside while a text is typed in place: it could cover the field.
  await expect(page.locator('.workshop-card-dock')).toBeHidden();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(titleField).toBeHidden();
  // Back on the canvas, on the new card: the board says which (the outline may be closed).
  await expect(page.getByRole('application', { name: 'Journey map canvas' })).toBeFocused();
  await expect(spoken(page, new RegExp(`^Card, step \\d+ of \\d+, “${escapeRegExp(title)}”`))).toHaveCount(1);
}

/** The step titles the outline lists, in the journey's order. */
export async function outlineStepTitles(page: Page): Promise<string[]> {
  const names = await outline(page)
    .getByRole('button', { name: /^Step \d+: / })
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
  return names.map((name) => name.replace(/^Step \d+: /, ''));
}

/** How many notes each lane holds over the whole journey, as the outline lists them ("Lane: text"). */
export async function notesPerLane(page: Page): Promise<Record<string, number>> {
  // The text, not what is drawn: steps scrolled out of the panel skip rendering (content-visibility).
  const lines = await outline(page)
    .getByRole('list', { name: 'Notes' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.textContent ?? ''));
  const counts: Record<string, number> = {};
  for (const line of lines) {
    const lane = line.split(':')[0]?.trim() ?? '';
    counts[lane] = (counts[lane] ?? 0) + 1;
  }
  return counts;
}

/** The board's polite live region, which speaks where the canvas's keyboard focus landed. */
export function spoken(page: Page, text: RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

/** Presses a key until the live region says `text` (arrow keys walk the canvas one item at a time). */
export async function pressUntilSpoken(
  page: Page,
  key: string,
  text: RegExp,
  maxPresses = 20,
): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if ((await spoken(page, text).count()) > 0) return;
    await page.keyboard.press(key);
  }
  await expect(spoken(page, text)).toHaveCount(1);
}
