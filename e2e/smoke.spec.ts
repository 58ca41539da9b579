import { expect, test } from './fixtures';

test('the start page loads and shows the product name', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Journeyboard/);
  await expect(page.getByRole('heading', { level: 1, name: /Journeyboard/ })).toBeVisible();
});
