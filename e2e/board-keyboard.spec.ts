import type { Locator, Page } from '@playwright/test';
import {
  addStepWithTitle,
  boardEditor,
  createBoardViaStartPage,
  expectConnected,
  outline,
  outlineRow,
  pressUntilSpoken,
  spoken,
  tabTo,
} from './board-helpers';
import { expect, test } from './fixtures';
import { canvasOf } from './viewport-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

/** Arrow keys move inside a toolbar (one Tab stop); presses ArrowRight until `target` has focus. */
async function arrowTo(page: Page, target: Locator, maxPresses = 8): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('ArrowRight');
  }
  await expect(target).toBeFocused();
}

test('the canvas by keyboard: arrows move between cards, cells and notes, Enter edits', async ({ page }) => {
  await createBoardViaStartPage(page, 'Keyboard canvas', /blank/i);
  await expectConnected(page);
  await addStepWithTitle(page, 'Finds the reset page');
  await addStepWithTitle(page, 'Calls the service desk');

  // Tab reaches the canvas; the keyboard lands on a card and says which.
  await page.getByRole('button', { name: 'Zoom to fit' }).focus();
  await tabTo(page, canvasOf(page));
  await expect(spoken(page, /^Card, step \d of 2/)).toHaveCount(1);
  await page.keyboard.press('Home');
  await expect(spoken(page, /^Card, step 1 of 2, “Finds the reset page”/)).toHaveCount(1);
  await expect(canvasOf(page).locator('[data-focus-ring="card"]')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(spoken(page, /^Card, step 2 of 2, “Calls the service desk”/)).toHaveCount(1);

  // Enter on the card edits its title in place, selected, so typing replaces it.
  await page.keyboard.press('Enter');
  const title = boardEditor(page);
  await expect(title).toBeFocused();
  await page.keyboard.type('Calls the service desk (KB)');
  await page.keyboard.press('Enter');
  await expect(canvasOf(page)).toBeFocused();
  await expect(
    outline(page).getByRole('button', { name: 'Step 2: Calls the service desk (KB)' }),
  ).toBeVisible();

  // The step has no card yet: below its header come the channels' cells, and Enter puts the card
  // (its touchpoint) in one; the keyboard goes with the card.
  await page.keyboard.press('ArrowDown');
  await expect(
    spoken(page, /^Email of step 2 of 2.*: empty\. Enter puts the step’s card here\.$/),
  ).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(spoken(page, /^Phone of step 2 of 2/)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(spoken(page, /^Card, step 2 of 2, “Calls the service desk \(KB\)” in Phone\./)).toHaveCount(1);
  await expect(
    page.getByRole('form', { name: 'Edit step' }).getByLabel('Channel').locator('option:checked'),
  ).toHaveText('Phone');

  // Down the column to a lane cell: Enter edits the text it shows.
  await pressUntilSpoken(page, 'ArrowDown', /^Doing of step 2 of 2/);
  await page.keyboard.press('Enter');
  const doing = boardEditor(page, 'Doing');
  await expect(doing).toBeFocused();
  await page.keyboard.type('Dials the number on the intranet');
  await page.keyboard.press('Escape');
  await expect(doing).toBeHidden();
  await expect(
    page.getByRole('form', { name: 'Edit step' }).getByLabel('Doing', { exact: true }),
  ).toHaveValue('Dials the number on the intranet');

  // A note-only lane: Enter adds a note there and opens it; Delete removes the focused note.
  await pressUntilSpoken(page, 'ArrowDown', /^Pain points of step 2 of 2/);
  await page.keyboard.press('Enter');
  const note = boardEditor(page, 'Note text');
  await expect(note).toBeFocused();
  await page.keyboard.type('Twenty minutes on hold');
  await page.keyboard.press('Enter');
  await expect(outlineRow(page, 'Calls the service desk (KB)')).toContainText(
    'Pain points: Twenty minutes on hold',
  );
  // The keyboard is back on the canvas, on the new note, and says so.
  await expect(canvasOf(page)).toBeFocused();
  await expect(
    spoken(page, /^Note 1 of 1 in Pain points, step 2 of 2.*“Twenty minutes on hold”/),
  ).toHaveCount(1);
  // Across to the same lane of step 1, which has no note: its cell takes the focus.
  await page.keyboard.press('ArrowLeft');
  await expect(spoken(page, /^Pain points of step 1 of 2.*no notes/)).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(spoken(page, /^Pain points of step 2 of 2|^Note 1 of 1 in Pain points/)).toHaveCount(1);
  await pressUntilSpoken(page, 'ArrowDown', /^Note 1 of 1 in Pain points/);
  await page.keyboard.press('Delete');
  await expect(outlineRow(page, 'Calls the service desk (KB)')).not.toContainText('Twenty minutes on hold');
});

test('notes in every lane are added, edited, moved and deleted from the outline by keyboard', async ({
  page,
}) => {
  await createBoardViaStartPage(page, 'Keyboard notes', /blank/i);
  await expectConnected(page);
  await addStepWithTitle(page, 'Calls the service desk');
  await addStepWithTitle(page, 'Gets a new password');
  const first = outlineRow(page, 'Calls the service desk');
  const second = outlineRow(page, 'Gets a new password');

  // A note in each lane of the first step: "Add a note" opens a small form, typing first (the first lane
  // chosen); the lane list is one Shift+Tab back.
  await tabTo(page, first.getByRole('button', { name: 'Add a note to Calls the service desk' }));
  await page.keyboard.press('Enter');
  const form = first.getByRole('form', { name: 'Add a note to Calls the service desk' });
  const lane = form.getByRole('combobox', { name: 'Lane of the new note on Calls the service desk' });
  const text = form.getByRole('textbox', { name: 'New note on Calls the service desk' });
  await expect(text).toBeFocused();
  const lanes = await lane.getByRole('option').allInnerTexts();
  expect(lanes.length).toBeGreaterThanOrEqual(4);
  for (const [index, name] of lanes.entries()) {
    if (index > 0) {
      await page.keyboard.press('Shift+Tab');
      await expect(lane).toBeFocused();
      // A closed select changes with the arrow keys: one lane further each time.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
    }
    const value = await lane.getByRole('option', { name, exact: true }).getAttribute('value');
    await expect(lane).toHaveValue(value ?? '');
    await expect(text).toBeFocused();
    await page.keyboard.type(`About ${name}`);
    await page.keyboard.press('Enter');
    await expect(first).toContainText(`${name}: About ${name}`);
    await expect(text).toBeFocused();
  }
  // Done closes the form and gives the keyboard back to its button.
  await tabTo(page, form.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await expect(first.getByRole('button', { name: 'Add a note to Calls the service desk' })).toBeFocused();

  // Edit one: the Edit button opens its text selected; typing replaces it, Escape keeps it.
  const pain = 'Pain points note 1 of Calls the service desk';
  await tabTo(page, first.getByRole('button', { name: `Edit ${pain}` }));
  await page.keyboard.press('Enter');
  await expect(first.getByRole('textbox', { name: pain })).toBeFocused();
  await page.keyboard.type('Twenty minutes on hold');
  await page.keyboard.press('Escape');
  await expect(first).toContainText('Pain points: Twenty minutes on hold');
  await expect(first.getByRole('button', { name: `Edit ${pain}` })).toBeFocused();

  // Move it to the next step: it leaves this row for the next, and the keyboard goes with it.
  await arrowTo(page, first.getByRole('button', { name: `Move ${pain} to the next step` }));
  await page.keyboard.press('Enter');
  await expect(second).toContainText('Pain points: Twenty minutes on hold');
  await expect(first).not.toContainText('Twenty minutes on hold');
  const moved = 'Pain points note 1 of Gets a new password';
  await expect(second.getByRole('button', { name: `Edit ${moved}` })).toBeFocused();

  // A second pain point there, then reorder: the new one moves before the first.
  await tabTo(page, second.getByRole('button', { name: 'Add a note to Gets a new password' }));
  await page.keyboard.press('Enter');
  const secondForm = second.getByRole('form', { name: 'Add a note to Gets a new password' });
  const secondLane = secondForm.getByRole('combobox');
  await expect(secondForm.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(secondLane).toBeFocused();
  const painValue = await secondLane
    .getByRole('option', { name: 'Pain points', exact: true })
    .getAttribute('value');
  for (let i = 0; i < lanes.length && (await secondLane.inputValue()) !== painValue; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Tab');
  await page.keyboard.type('Has to ask a colleague');
  await page.keyboard.press('Enter');
  const painNotes = second.getByRole('listitem').filter({ hasText: /^Pain points:/ });
  await expect(painNotes).toHaveText([/Twenty minutes on hold/, /Has to ask a colleague/]);
  await tabTo(page, second.getByRole('button', { name: 'Edit Pain points note 2 of Gets a new password' }));
  await arrowTo(
    page,
    second.getByRole('button', { name: 'Move Pain points note 2 of Gets a new password earlier' }),
  );
  await page.keyboard.press('Enter');
  await expect(painNotes).toHaveText([/Has to ask a colleague/, /Twenty minutes on hold/]);

  // Delete it: focus moves to the neighbouring note, and Undo brings it back.
  await tabTo(page, second.getByRole('button', { name: `Edit ${moved}` }));
  await arrowTo(page, second.getByRole('button', { name: `Delete ${moved}` }));
  await page.keyboard.press('Enter');
  await expect(painNotes).toHaveText([/Twenty minutes on hold/]);
  await expect(second.getByRole('button', { name: `Edit ${moved}` })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(painNotes).toHaveText([/Has to ask a colleague/, /Twenty minutes on hold/]);
});
