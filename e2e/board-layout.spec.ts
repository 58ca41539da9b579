import type { Page } from '@playwright/test';
import { seriousViolations } from './axe-helpers';
import { boardEditor } from './board-helpers';
import { expect, test } from './fixtures';
import {
  besideCanvasLefts,
  boardContentBox,
  canvasWidth,
  openFresh,
  railButton,
  rowsOf,
  waitConnected,
} from './layout-helpers';
import { createBoard } from './workshop-helpers';

test.describe.configure({ timeout: 300_000 });

test('the canvas comes first at 1440×900: panels open from the rail over it or docked, and are remembered', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL ?? '', 'Canvas first');
  const page = await openFresh(browser, board.links.facilitator, 'Fran');
  const outline = page.getByRole('region', { name: 'Journey outline' });
  const tabs = page.getByRole('tablist', { name: 'Workshop panels' });

  // The facilitator's workshop bar keeps to two rows on a 1280 px laptop too.
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await rowsOf(page.getByRole('region', { name: 'Workshop session' }))).toBeLessThanOrEqual(2);
  // The board's title may give way to presence there; hovering it shows it whole.
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('title', 'Canvas first');
  await page.setViewportSize({ width: 1440, height: 900 });

  // A new browser: every panel on the rail, at least three quarters of the width for the board.
  expect(await canvasWidth(page)).toBeGreaterThanOrEqual(1440 * 0.75);
  for (const name of ['Outline', 'Workshop', 'After the workshop'] as const)
    await expect(railButton(page, name)).toHaveAttribute('aria-expanded', 'false');
  await expect(outline).toBeHidden();
  await expect(tabs).toBeHidden();

  // The outline opens over the board: the board keeps its size.
  await railButton(page, 'Outline').click();
  await expect(outline).toBeVisible();
  expect(await canvasWidth(page)).toBeGreaterThanOrEqual(1440 * 0.75);

  // One panel floats at a time: the workshop panel, opened by keyboard, replaces the outline.
  await railButton(page, 'Workshop').focus();
  await page.keyboard.press('Enter');
  await expect(tabs).toBeVisible();
  await expect(outline).toBeHidden();
  await expect(railButton(page, 'Outline')).toHaveAttribute('aria-expanded', 'false');

  // Docked, it sits beside the board, which narrows by its width.
  await page.getByRole('button', { name: 'Dock the workshop panel' }).click();
  await expect(page.getByRole('button', { name: 'Dock the workshop panel' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(() => canvasWidth(page)).toBeLessThan(1440 - 76 - 300);
  // A docked panel stays when another floats over the board.
  await railButton(page, 'Outline').click();
  await expect(outline).toBeVisible();
  await expect(tabs).toBeVisible();

  // The browser remembers: after a reload the workshop panel is docked again and the outline open.
  await page.reload();
  await waitConnected(page);
  await expect(tabs).toBeVisible();
  await expect(outline).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dock the workshop panel' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Panels stand in the document as on screen, left to right, so Tab walks them in that order: the
  // after-the-workshop panel, floating over the board, comes before the docked outline it lies left of.
  const dockOutline = page.getByRole('button', { name: 'Dock the outline' });
  await dockOutline.click();
  await expect(dockOutline).toHaveAttribute('aria-pressed', 'true');
  await expect(dockOutline).toBeFocused();
  await railButton(page, 'After the workshop').click();
  await expect(page.getByRole('complementary', { name: 'After the workshop' })).toBeVisible();
  const lefts = await besideCanvasLefts(page);
  expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  await railButton(page, 'After the workshop').click();
  await dockOutline.click();
  await expect(dockOutline).toHaveAttribute('aria-pressed', 'false');

  // Closing puts a panel back on the rail and gives focus to its button there.
  await page.getByRole('button', { name: 'Close the workshop panel' }).click();
  await expect(tabs).toBeHidden();
  await expect(railButton(page, 'Workshop')).toBeFocused();
  await expect(railButton(page, 'Workshop')).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: 'Close the outline' }).click();
  await expect(outline).toBeHidden();
  expect(await canvasWidth(page)).toBeGreaterThanOrEqual(1440 * 0.75);

  // "Add step" edits where you look: the new step's title opens on the board, and no panel covers it.
  await page.getByRole('toolbar', { name: 'Board tools' }).getByRole('button', { name: 'Add step' }).click();
  await expect(boardEditor(page)).toBeFocused();
  expect(await canvasWidth(page)).toBeGreaterThanOrEqual(1440 * 0.75);

  // The customer-feedback panel opens beside the canvas; the rail stays at the window's right edge.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Customer feedback', exact: true }).click();
  const feedback = page.getByRole('complementary', { name: 'Customer feedback' });
  await expect(feedback).toBeVisible();
  const rail = await page.getByRole('region', { name: 'Side panels' }).boundingBox();
  const panel = await feedback.boundingBox();
  expect((rail?.x ?? 0) + (rail?.width ?? 0)).toBeGreaterThan(1440 - 2);
  expect((panel?.x ?? 0) + (panel?.width ?? 0)).toBeLessThanOrEqual((rail?.x ?? 0) + 1);
  await page.context().close();
});

test('skip links are the first tab stops and lead to the board, the outline and the workshop panel', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL ?? '', 'Skip links');
  const page = await openFresh(browser, board.links.participant, 'Pat');
  // A page opened afresh (the name remembered): Tab starts at the top. (Answering the name prompt hands
  // the keyboard to the canvas instead.)
  await page.reload();
  await waitConnected(page);

  await page.keyboard.press('Tab');
  const toBoard = page.getByRole('link', { name: 'Skip to the board' });
  await expect(toBoard).toBeFocused();
  await expect(toBoard).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('#board-canvas'))))
    .toBe(true);

  await page.reload();
  await waitConnected(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the outline' })).toBeFocused();
  await page.keyboard.press('Enter');
  const outline = page.getByRole('region', { name: 'Journey outline' });
  await expect(outline).toBeVisible();
  await expect(outline).toBeFocused();
  // From there the outline's own controls follow (once the board's steps are in it).
  await expect(outline.getByRole('button', { name: /^Step 1: / }).first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect
    .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('section.outline'))))
    .toBe(true);

  await page.reload();
  await waitConnected(page);
  await expect(page.getByRole('tablist', { name: 'Workshop panels' })).toBeHidden();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the workshop panel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Q&A', exact: true })).toBeFocused();
  // Escape in the floating panel puts it back on the rail, with the keyboard on its button; pressed by
  // keyboard, that button opens it again and goes into it (Tab from the rail would leave the page).
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tablist', { name: 'Workshop panels' })).toBeHidden();
  await expect(railButton(page, 'Workshop')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Q&A', exact: true })).toBeFocused();
  // On the board by keyboard while the panel floats: the last step's card is brought out beside the
  // panel, not left under it.
  await page.getByTestId('journey-canvas').focus();
  await page.keyboard.press('End');
  const panelLeft = (await page.locator('#panel-workshop').boundingBox())!.x;
  await expect.poll(() => textRight(page, 'Finds the fix in release notes')).toBeLessThanOrEqual(panelLeft);
  await page.context().close();
});

/** The right edge on the page of the canvas's texts that start with `start` (Infinity if none is drawn). */
function textRight(page: Page, start: string): Promise<number> {
  return page.evaluate((wanted) => {
    type Node = { text(): string; getClientRect(): { x: number; width: number } };
    type Stage = { container(): HTMLElement; find(selector: string): Node[] };
    const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva;
    const stage = konva?.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'));
    const nodes = stage?.find('Text').filter((n) => n.text().startsWith(wanted)) ?? [];
    if (!stage || nodes.length === 0) return Number.POSITIVE_INFINITY;
    const left = stage.container().getBoundingClientRect().left;
    return Math.max(...nodes.map((n) => left + n.getClientRect().x + n.getClientRect().width));
  }, start);
}

test('zoom to fit and "Bring everyone to me" put the board beside the panels, never under them', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL ?? '', 'Nothing under a panel');
  const facilitator = await openFresh(browser, board.links.facilitator, 'Fran');
  const participant = await openFresh(browser, board.links.participant, 'Pat');

  // The facilitator works with the workshop panel over the board and fits the board.
  await railButton(facilitator, 'Workshop').click();
  const facilitatorPanel = facilitator.locator('#panel-workshop');
  await expect(facilitatorPanel).toBeVisible();
  await facilitator.getByRole('button', { name: 'Zoom to fit' }).click();
  const panelLeft = (await facilitatorPanel.boundingBox())?.x ?? 0;
  await expect.poll(async () => (await boardContentBox(facilitator)).right).toBeLessThanOrEqual(panelLeft);
  expect((await boardContentBox(facilitator)).left).toBeGreaterThanOrEqual(0);

  // The participant has the outline open over their board when the facilitator brings everyone over.
  await railButton(participant, 'Outline').click();
  const participantPanel = participant.locator('#panel-outline');
  await expect(participantPanel).toBeVisible();
  await facilitator.getByRole('button', { name: 'Bring everyone to me' }).click();
  await expect(
    participant.getByRole('status').filter({ hasText: 'The facilitator brought everyone to their view.' }),
  ).toHaveCount(1);
  const outlineLeft = (await participantPanel.boundingBox())?.x ?? 0;
  await expect.poll(async () => (await boardContentBox(participant)).right).toBeLessThanOrEqual(outlineLeft);
  expect((await boardContentBox(participant)).left).toBeGreaterThanOrEqual(0);
  await facilitator.context().close();
  await participant.context().close();
});

for (const role of ['facilitator', 'participant', 'observer'] as const) {
  test(`no serious accessibility violations for the ${role} with the panels closed, floating and docked`, async ({
    browser,
    baseURL,
  }) => {
    const board = await createBoard(baseURL ?? '', 'Accessible panels');
    const page = await openFresh(browser, board.links[role], `A ${role}`);
    expect(await seriousViolations(page), 'panels closed').toEqual([]);
    await railButton(page, 'Outline').click();
    await expect(page.getByRole('region', { name: 'Journey outline' })).toBeVisible();
    expect(await seriousViolations(page), 'outline over the board').toEqual([]);
    await page.getByRole('button', { name: 'Dock the outline' }).click();
    await railButton(page, 'Workshop').click();
    await expect(page.getByRole('tablist', { name: 'Workshop panels' })).toBeVisible();
    expect(await seriousViolations(page), 'outline docked, workshop over the board').toEqual([]);
    await railButton(page, 'After the workshop').click();
    await expect(page.getByRole('tablist', { name: 'After the workshop' })).toBeVisible();
    expect(await seriousViolations(page), 'after the workshop open').toEqual([]);
    await page.context().close();
  });
}
