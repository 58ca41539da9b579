import { createBoardViaStartPage, expectConnected } from './board-helpers';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1600, height: 900 } });

test('fork the current state into a future state, edit it and compare the two', async ({ page }) => {
  await createBoardViaStartPage(page, 'Future state', /password reset/i);
  await expectConnected(page);
  await page.getByRole('button', { name: 'After the workshop' }).click();
  const panel = page.getByRole('complementary', { name: 'After the workshop' });
  await panel.getByRole('tab', { name: 'Future state' }).click();
  await expect(panel).toContainText('No future state yet');
  await panel.getByRole('button', { name: 'Fork current state into a future state' }).click();

  await expect(panel.getByRole('img', { name: /Emotion curves overlaid/ })).toBeVisible();
  const deltas = panel.getByRole('table', { name: 'Score change per step' });
  const rows = deltas.getByRole('row');
  // A fresh fork changes nothing yet.
  await expect(panel.getByTestId('average-improvement')).toContainText('(0)');
  // The workshop's step lists hold both journeys now: the future state's copies are marked, no title twice.
  const spotlight = page.getByRole('combobox', { name: 'Spotlight a step' }).locator('option');
  await expect(spotlight.filter({ hasText: /\(Future state\)$/ }).first()).toBeAttached();
  const offered = await spotlight.allTextContents();
  expect(new Set(offered).size).toBe(offered.length);

  // Raise the lowest step's score to 10 in the future state.
  const lowestText = (await panel.getByTestId('lowest-improvement').textContent()) ?? '';
  const lowest = Number(/^([\d.]+)/.exec(lowestText.trim())?.[1]);
  expect(lowest).toBeGreaterThan(0);
  const editor = panel.getByRole('list', { name: 'Future state steps' });
  const scores = editor.getByRole('combobox', { name: /^Future score of / });
  const count = await scores.count();
  let raised = '';
  for (let i = 0; i < count; i++) {
    if ((await scores.nth(i).inputValue()) === String(lowest)) {
      raised = ((await scores.nth(i).getAttribute('aria-label')) ?? '').replace('Future score of ', '');
      await scores.nth(i).selectOption('10');
      break;
    }
  }
  expect(raised).not.toBe('');
  const raisedRow = rows.filter({ has: page.getByRole('rowheader', { name: raised, exact: true }) });
  await expect(raisedRow.getByRole('cell').last()).toHaveText(`+${10 - lowest}`);
  await expect(panel.getByTestId('average-improvement')).toContainText('(+');
  await expect(panel.getByTestId('lowest-improvement')).not.toContainText('(0)');

  // Remove one future step and add a new one: listed as removed and added.
  const firstName = (
    (await editor
      .getByRole('button', { name: /^Remove / })
      .first()
      .getAttribute('aria-label')) ?? ''
  )
    .replace(/^Remove /, '')
    .replace(/ from the future state$/, '');
  await editor
    .getByRole('button', { name: /^Remove / })
    .first()
    .click();
  await expect(panel.getByRole('list', { name: 'Removed steps' })).toContainText(firstName);
  await panel.getByRole('button', { name: 'Add a future step' }).click();
  await expect(panel.getByRole('list', { name: 'Added steps' })).toContainText('New step');
});
