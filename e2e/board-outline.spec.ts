import {
  boardEditor,
  createBoardViaStartPage,
  expectConnected,
  outline,
  outlineRow,
  outlineStep,
  tabTo,
} from './board-helpers';
import { expect, test } from './fixtures';

test('the outline drives a full edit of the journey without the mouse', async ({ page }) => {
  await createBoardViaStartPage(page, 'Keyboard only', /blank/i);
  await expectConnected(page);
  const form = page.getByRole('form', { name: 'Edit step' });
  const steps = outline(page).getByRole('button', { name: /^Step \d+: / });

  // Add a step: its title opens on the board, selected, so typing replaces "New step".
  await tabTo(page, page.getByRole('button', { name: 'Add step', exact: true }));
  await page.keyboard.press('Enter');
  await expect(boardEditor(page)).toBeFocused();
  await page.keyboard.type('Arrives at reception');
  await page.keyboard.press('Enter');
  await expect(outlineStep(page, 'Arrives at reception')).toBeVisible();

  // Set the consensus score from the keyboard: Tab into the scale (one stop), then a digit.
  const consensus = form.getByRole('radiogroup', { name: 'Consensus score of Arrives at reception' });
  await tabTo(page, consensus.getByRole('radio', { name: '1 of 10, Very unhappy' }));
  await page.keyboard.press('9');
  await expect(consensus.getByRole('radio', { name: '9 of 10, Delighted' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(outlineRow(page, 'Arrives at reception')).toContainText('Consensus score: 9 of 10, Delighted');

  // Add a second step from the outline itself.
  await tabTo(page, outline(page).getByRole('button', { name: /^Add step to / }));
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.type('Receives a badge');
  await page.keyboard.press('Enter');
  await expect(steps).toHaveText(['1. Arrives at reception', '2. Receives a badge']);

  // Move it earlier: focus stays on the control, so pressing again would keep moving it.
  const earlier = outline(page).getByRole('button', { name: 'Move Receives a badge earlier' });
  await tabTo(page, earlier);
  await page.keyboard.press('Enter');
  await expect(steps).toHaveText(['1. Receives a badge', '2. Arrives at reception']);
  await expect(outline(page).getByRole('button', { name: 'Move Receives a badge later' })).toBeFocused();

  // Edit from the outline: "Edit" opens the step in the inspector with focus on its title.
  await tabTo(page, outline(page).getByRole('button', { name: 'Edit Arrives at reception' }));
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Arrives at the front desk');
  await page.keyboard.press('Tab');
  await expect(outlineStep(page, 'Arrives at the front desk')).toBeVisible();

  // Delete, then bring it back with the undo shortcut.
  await tabTo(page, outline(page).getByRole('button', { name: 'Delete Arrives at the front desk' }));
  await page.keyboard.press('Enter');
  await expect(steps).toHaveText(['1. Receives a badge']);
  await page.keyboard.press('Control+z');
  await expect(steps).toHaveText(['1. Receives a badge', '2. Arrives at the front desk']);
});
