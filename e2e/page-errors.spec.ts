import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every spec fails on an exception nobody caught in one of its pages (see fixtures.ts). These throw one on
// purpose and declare it expected: the guard fails them unless it saw it, from the test's own page and
// from a page of a browser context the test opened itself.

test.use({ expectedPageErrors: [/thrown on purpose by page-errors\.spec\.ts/] });

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

test('the guard sees an exception in the test’s own page', async ({ page }) => {
  await throwInPage(page);
});

test('the guard sees an exception in a page of another browser context', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    await throwInPage(await context.newPage());
  } finally {
    await context.close();
  }
});
