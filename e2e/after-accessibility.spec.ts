import AxeBuilder from '@axe-core/playwright';
import { createBoardViaStartPage, expectConnected } from './board-helpers';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1600, height: 900 } });

test('every tab of the after-the-workshop panel passes an axe scan and works from the keyboard', async ({
  page,
}) => {
  await createBoardViaStartPage(page, 'Accessible after', /onboarding/i);
  await expectConnected(page);
  await page.getByRole('button', { name: 'After the workshop' }).click();
  const panel = page.getByRole('complementary', { name: 'After the workshop' });

  // Some content in each tab: an opportunity, a future state, a checkpoint.
  await panel.getByRole('tab', { name: 'Action plan' }).click();
  await panel.getByRole('button', { name: 'Add opportunity' }).click();
  await panel.getByRole('tab', { name: 'Future state' }).click();
  await panel.getByRole('button', { name: 'Fork current state into a future state' }).click();
  await panel.getByRole('tab', { name: 'History' }).click();
  await panel.getByRole('textbox', { name: 'Checkpoint name' }).fill('Accessible');
  await panel.getByRole('button', { name: 'Save checkpoint' }).click();
  await expect(panel.getByRole('list', { name: 'Checkpoints' })).toContainText('Accessible');

  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  const tabs = ['Moments of truth', 'Action plan', 'Future state', 'History', 'Export'];
  await panel.getByRole('tab', { name: 'Moments of truth' }).click();
  for (const [i, name] of tabs.entries()) {
    const tab = panel.getByRole('tab', { name });
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(panel.getByRole('tabpanel', { name })).toBeVisible();
    const scan = await new AxeBuilder({ page }).include('.after-panel').analyze();
    expect(
      scan.violations.map((v) => `${tabs[i]} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
    await page.keyboard.press('ArrowRight');
  }
  await expect(panel.getByRole('tab', { name: 'Moments of truth' })).toBeFocused();
});
