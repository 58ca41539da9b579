import { seriousViolations } from './axe-helpers';
import { createBoardViaStartPage, expectConnected, joinInNewContext, pathOf } from './board-helpers';
import { expect, test } from './fixtures';

test('the start page, board, dialogs and error page have no serious accessibility violations', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Journeyboard' })).toBeVisible();
  expect(await seriousViolations(page), 'start page').toEqual([]);

  const { links } = await createBoardViaStartPage(page, 'Accessible board');
  await expectConnected(page);
  expect(await seriousViolations(page), 'board (facilitator)').toEqual([]);

  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog', { name: 'Share this board' })).toBeVisible();
  expect(await seriousViolations(page), 'share dialog').toEqual([]);
  await page.keyboard.press('Escape');

  await page
    .getByRole('region', { name: 'Journey outline' })
    .getByRole('button', { name: /^Step 1: / })
    .first()
    .click();
  await expect(page.getByRole('form', { name: 'Edit step' })).toBeVisible();
  expect(await seriousViolations(page), 'board with inspector').toEqual([]);

  const context = await browser.newContext({ baseURL });
  const newcomer = await context.newPage();
  await newcomer.goto(pathOf(links.observer));
  await expect(newcomer.getByRole('dialog', { name: 'What should we call you?' })).toBeVisible();
  expect(await seriousViolations(newcomer), 'name prompt').toEqual([]);
  await context.close();

  const observer = await joinInNewContext(browser, baseURL ?? '', links.observer, 'Olga Observer');
  expect(await seriousViolations(observer.page), 'board (observer)').toEqual([]);
  await observer.context.close();

  await page.goto('/b/nope#key=wrong');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page), 'error page').toEqual([]);
});
