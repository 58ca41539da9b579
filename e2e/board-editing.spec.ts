import type { Page } from '@playwright/test';
import {
  addStepWithTitle,
  boardEditor,
  createBoardViaStartPage,
  expectConnected,
  outline,
  outlineStep,
} from './board-helpers';
import { expect, test } from './fixtures';
import { canvasBox, canvasOf, readCanvasView } from './viewport-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

function addStepButton(page: Page) {
  return page
    .getByRole('toolbar', { name: 'Board tools' })
    .getByRole('button', { name: 'Add step', exact: true });
}

test('a new step opens its title selected on the board, and Escape keeps what was typed', async ({
  page,
}) => {
  await createBoardViaStartPage(page, 'Password reset', /blank/i);
  await expectConnected(page);
  const steps = outline(page).getByRole('button', { name: /^Step \d+: / });

  // Typing replaces "New step": the title is what was typed, nothing more.
  await addStepButton(page).click();
  const title = boardEditor(page);
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('New step');
  await page.keyboard.type('KB: Calls the service desk');
  await page.keyboard.press('Enter');
  await expect(title).toBeHidden();
  await expect(steps).toHaveText(['1. KB: Calls the service desk']);
  // The keyboard is back on the canvas, on the step just named.
  await expect(canvasOf(page)).toBeFocused();

  // Escape in the board's editor keeps the text.
  await addStepButton(page).click();
  await expect(title).toBeFocused();
  await page.keyboard.type('Waits on hold');
  await page.keyboard.press('Escape');
  await expect(title).toBeHidden();
  await expect(steps).toHaveText(['1. KB: Calls the service desk', '2. Waits on hold']);

  // Escape in an inspector field keeps the text too ("Furious" was lost before).
  await outlineStep(page, 'Waits on hold').click();
  const form = page.getByRole('form', { name: 'Edit step' });
  const feeling = form.getByLabel('Feeling', { exact: true });
  await feeling.click();
  await page.keyboard.type('Furious');
  await page.keyboard.press('Escape');
  await expect(feeling).not.toBeFocused();
  await outlineStep(page, 'KB: Calls the service desk').click();
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue('KB: Calls the service desk');
  await outlineStep(page, 'Waits on hold').click();
  await expect(feeling).toHaveValue('Furious');

  // A single-line field: Escape keeps the new title as well.
  const titleField = form.getByLabel('Title', { exact: true });
  await titleField.click();
  await titleField.press('End');
  await page.keyboard.type(' (15 min)');
  await page.keyboard.press('Escape');
  await expect(steps).toHaveText(['1. KB: Calls the service desk', '2. Waits on hold (15 min)']);
});

test('the view follows each step added, so its title is typed where it can be seen', async ({ page }) => {
  await createBoardViaStartPage(page, 'Many steps', /blank/i);
  await expectConnected(page);
  const titles = ['Finds the portal', 'Reads the FAQ', 'Tries to reset', 'Gets locked out', 'Calls', 'Waits'];
  for (const name of titles.slice(0, -1)) await addStepWithTitle(page, name);

  // The sixth step lies past the right edge at 100 %: adding it brings it into view.
  await addStepButton(page).click();
  const title = boardEditor(page);
  await expect(title).toBeFocused();
  const box = await title.boundingBox();
  const canvas = await canvasBox(page);
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(canvas.x);
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(box.y).toBeGreaterThanOrEqual(canvas.y);
  expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  const view = await readCanvasView(page);
  expect(view.x).toBeLessThan(0);
  await page.keyboard.type('Waits');
  await page.keyboard.press('Enter');
  await expect(outlineStep(page, 'Waits')).toBeVisible();
});

test('double-click edits a step title and a lane cell in place', async ({ page }) => {
  await createBoardViaStartPage(page, 'Double-click', /blank/i);
  await expectConnected(page);
  await addStepWithTitle(page, 'Finds the portal');
  const canvas = await canvasBox(page);
  const view = await readCanvasView(page);
  // The first step's header: the step header row under the stage band (see canvas/layout.ts).
  const header = {
    x: canvas.x + view.x + (168 + 16 + 112) * view.scale,
    y: canvas.y + Math.max(0, view.y) + (40 + 20) * view.scale,
  };
  await page.mouse.dblclick(header.x, header.y);
  const title = boardEditor(page);
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Finds the portal');
  await page.keyboard.type('Opens the self-service portal');
  await page.keyboard.press('Enter');
  await expect(outlineStep(page, 'Opens the self-service portal')).toBeVisible();

  // Find the Doing cell by keyboard (its ring shows where it is), then double-click it.
  const ring = canvasOf(page).locator('[data-focus-ring]');
  await canvasOf(page).focus();
  for (let i = 0; i < 12; i++) {
    if (
      await page
        .getByRole('status')
        .filter({ hasText: /^Doing of step 1/ })
        .count()
    )
      break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(ring).toHaveAttribute('data-focus-ring', 'cell');
  const cell = await ring.boundingBox();
  expect(cell).not.toBeNull();
  if (!cell) return;
  await page.mouse.dblclick(cell.x + cell.width / 2, cell.y + 20);
  const doing = boardEditor(page, 'Doing');
  await expect(doing).toBeFocused();
  await page.keyboard.type('Searches for “password”');
  await page.keyboard.press('Enter');
  await expect(doing).toBeHidden();
  await expect(
    page.getByRole('form', { name: 'Edit step' }).getByLabel('Doing', { exact: true }),
  ).toHaveValue('Searches for “password”');

  // A double-click on a channel's empty cell puts the step's card (its touchpoint) in that row.
  await expect(canvasOf(page)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: /^Chat of step 1.*Enter puts/ })).toHaveCount(1);
  const chat = await ring.boundingBox();
  expect(chat).not.toBeNull();
  if (!chat) return;
  await page.mouse.dblclick(chat.x + chat.width / 2, chat.y + 12);
  await expect(
    page.getByRole('form', { name: 'Edit step' }).getByLabel('Channel').locator('option:checked'),
  ).toHaveText('Chat');
});
