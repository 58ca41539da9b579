import { answerNamePrompt, createBoardViaStartPage, expectConnected, outline, pathOf } from './board-helpers';
import { expect, test } from './fixtures';

test('a facilitator creates a board from a template and gets three links to share', async ({ page }) => {
  const { links } = await createBoardViaStartPage(page, 'New employee onboarding');
  for (const link of Object.values(links)) expect(link).toMatch(/\/b\/[A-Za-z0-9_-]+#key=.+/);
  expect(new Set(Object.values(links)).size).toBe(3);

  await expectConnected(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New employee onboarding');
  // The template's steps arrived through the relay.
  await expect(
    outline(page)
      .getByRole('button', { name: /^Step 1: / })
      .first(),
  ).toBeVisible();

  // The Share dialog can be opened again; each link has a copy button and a line about the role.
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this board' });
  await expect(dialog.getByRole('button', { name: 'Copy facilitator link' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy participant link' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy observer link' })).toBeVisible();
  await expect(dialog).toContainText('Watches the board live without changing anything.');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy participant link' }).click();
  await expect(dialog.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(links.participant);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The keyboard is back on the button that opened it.
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();

  // A reload keeps the remembered name and does not pop the dialog again.
  await page.reload();
  await expectConnected(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: /Fran Facilitator/ }).or(page.getByText('Fran Facilitator (you)')),
  ).toBeVisible();
});

test('the name prompt is asked once per browser and remembered', async ({ page, browser, baseURL }) => {
  const { links } = await createBoardViaStartPage(page, 'Name memory');
  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  await other.goto(pathOf(links.participant));
  await answerNamePrompt(other, '  Pat   Participant ');
  await expectConnected(other);
  await expect(other.getByText('Pat Participant (you)')).toBeVisible();
  await other.goto(pathOf(links.observer));
  await expectConnected(other);
  await expect(other.getByRole('dialog')).toHaveCount(0);
  await context.close();
});
