import type { Page } from '@playwright/test';
import { seriousViolations } from './axe-helpers';
import { createBoardViaStartPage, expectConnected, joinInNewContext, pathOf, spoken } from './board-helpers';
import { expect, test } from './fixtures';
import { canvasBox, namesOnCanvas } from './viewport-helpers';

function people(page: Page) {
  return page.getByRole('region', { name: 'People on this board' });
}

async function renameTo(page: Page, name: string): Promise<void> {
  await people(page).getByRole('button', { name: 'Change your name' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change your name' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(dialog).toBeHidden();
}

test('renaming yourself reaches the others at once and is remembered', async ({ page, browser, baseURL }) => {
  const { links } = await createBoardViaStartPage(page, 'Rename me', /onboarding/i);
  await expectConnected(page);
  const other = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  await expect(
    people(other.page).getByRole('button', { name: 'Follow Fran Facilitator, Facilitator' }),
  ).toBeVisible();
  // The facilitator's cursor is on the board, so the participant sees its label.
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10);
  await expect
    .poll(() => namesOnCanvas(other.page, ['Fran Facilitator', 'Frances Facilitator']))
    .toEqual(['Fran Facilitator']);

  // The dialog starts from the current name, and refuses an empty one without closing.
  await people(page).getByRole('button', { name: 'Change your name' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change your name' });
  const field = dialog.getByLabel('Your name');
  await expect(field).toHaveValue('Fran Facilitator');
  await expect(field).toBeFocused();
  await field.fill('    ');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Please enter a name so others know who is editing.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page), 'change-name dialog with its error').toEqual([]);
  // Cancelling changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(people(page)).toContainText('Fran Facilitator (you)');
  // Closing a dialog gives focus back to the button that opened it.
  await expect(people(page).getByRole('button', { name: 'Change your name' })).toBeFocused();

  await renameTo(page, '  Frances   Facilitator  ');
  await expect(people(page)).toContainText('Frances Facilitator (you)');
  await expect(
    people(other.page).getByRole('button', { name: 'Follow Frances Facilitator, Facilitator' }),
  ).toBeVisible({ timeout: 1_000 });
  await expect(people(other.page)).not.toContainText('Fran Facilitator');
  // Renaming took the pointer off the canvas (which hides a cursor); back on it, it carries the new name.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect
    .poll(() => namesOnCanvas(other.page, ['Fran Facilitator', 'Frances Facilitator']), { timeout: 1_000 })
    .toEqual(['Frances Facilitator']);
  await expect(
    page.getByRole('status').filter({ hasText: 'Others now see you as Frances Facilitator.' }),
  ).toHaveCount(1);

  // A reload keeps the new name without asking again, and the others still see it.
  await page.reload();
  await expectConnected(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(people(page)).toContainText('Frances Facilitator (you)');
  await expect(
    people(other.page).getByRole('button', { name: 'Follow Frances Facilitator, Facilitator' }),
  ).toBeVisible();
  await other.context.close();
});

test('an observer, who is only counted, can still change their name', async ({ page, browser, baseURL }) => {
  const { links } = await createBoardViaStartPage(page, 'Observer rename', /onboarding/i);
  await expectConnected(page);
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const observer = { context, page: await context.newPage() };
  await observer.page.goto(pathOf(links.observer));
  const prompt = observer.page.getByRole('dialog', { name: 'What should we call you?' });
  await prompt.getByLabel('Your name').fill('Olga Observer');
  await prompt.getByLabel('Your name').press('Enter');
  // The prompt took the keyboard along when it closed: it lands on the canvas, not on the page itself,
  // once the board is there, so the canvas says where it is, not that the board has no steps.
  await expect(observer.page.getByRole('application', { name: 'Journey map canvas' })).toBeFocused();
  await expect(spoken(observer.page, /^Card, step 1 of 13, “Applies online” in Website\.$/)).toHaveCount(1);
  await expectConnected(observer.page);
  await expect(people(observer.page)).toContainText('Olga Observer (you)');
  await renameTo(observer.page, 'Olga O.');
  await expect(people(observer.page)).toContainText('Olga O. (you)');
  // The facilitator still counts one observer, not two.
  await expect(people(page)).toContainText('1 observer');
  await observer.page.reload();
  await expectConnected(observer.page);
  await expect(people(observer.page)).toContainText('Olga O. (you)');
  // A long name (the field allows 40 characters) ends in "…" in the header, whole in the item's title.
  const long = 'Olga Annemarie van der Heijden-Observator';
  await renameTo(observer.page, long.slice(0, 40));
  const own = observer.page.locator('.presence__item--self');
  await expect(own).toHaveAttribute('title', new RegExp(`^${long.slice(0, 40)} \\(you\\)`));
  const name = own.locator('.presence__name');
  expect(await name.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');
  expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await observer.context.close();
});

test("a rename in one tab renames the person's other tabs too", async ({ page, browser, baseURL }) => {
  const { links } = await createBoardViaStartPage(page, 'Two tabs', /blank/i);
  await expectConnected(page);
  const secondTab = await page.context().newPage();
  await secondTab.goto(pathOf(links.facilitator));
  await expectConnected(secondTab);
  const other = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');

  await renameTo(page, 'Fran F.');
  // The other tab hears of it through storage, so nobody sees the old name from the stale tab.
  await expect(people(secondTab)).toContainText('Fran F. (you)');
  await expect(people(other.page).getByRole('button', { name: 'Follow Fran F., Facilitator' })).toBeVisible();
  await expect(people(other.page)).not.toContainText('Fran Facilitator');
  await other.context.close();
});
