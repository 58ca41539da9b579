import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every spec fails on an exception nobody caught in one of its pages (see fixtures.ts). These two throw on
// purpose, so they are expected to fail: were the guard broken, they would pass and be reported.

async function throwInPage(page: Page) {
  await page.goto('/');
  const thrown = page.waitForEvent('pageerror');
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('thrown on purpose by page-errors.spec.ts');
    });
  });
  expect((await thrown).message).toContain('thrown on purpose');
}

test('an exception in the test’s own page fails it', async ({ page }) => {
  test.fail();
  await throwInPage(page);
});

test('an exception in a page of another browser context fails it', async ({ browser }) => {
  test.fail();
  const context = await browser.newContext();
  try {
    await throwInPage(await context.newPage());
  } finally {
    await context.close();
  }
});
