import {
  addStepWithTitle,
  createBoardViaStartPage,
  expectConnected,
  joinInNewContext,
  outlineStep,
} from './board-helpers';
import { expect, test } from './fixtures';

test("undo reverts only this user's own edits, with buttons and shortcuts", async ({
  page,
  browser,
  baseURL,
}) => {
  const { links } = await createBoardViaStartPage(page, 'Per-user undo', /blank/i);
  await expectConnected(page);
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  const other = participant.page;

  await addStepWithTitle(page, 'Facilitator step');
  await addStepWithTitle(other, 'Participant step');
  await expect(outlineStep(page, 'Participant step')).toBeVisible();
  await expect(outlineStep(other, 'Facilitator step')).toBeVisible();

  // The participant undoes twice (rename, then add): their step goes, the facilitator's stays.
  const undo = other.getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(outlineStep(other, 'New step')).toBeVisible();
  await undo.click();
  await expect(outlineStep(page, 'New step')).toHaveCount(0);
  await expect(outlineStep(page, 'Participant step')).toHaveCount(0);
  await expect(outlineStep(page, 'Facilitator step')).toBeVisible();
  await expect(outlineStep(other, 'Facilitator step')).toBeVisible();
  await expect(undo).toBeDisabled();

  // Redo with the keyboard brings it back, for everyone.
  await other.keyboard.press('Control+Shift+Z');
  await other.keyboard.press('Control+Shift+Z');
  await expect(outlineStep(page, 'Participant step')).toBeVisible();

  // The facilitator's Ctrl+Z undoes the facilitator's rename, not the participant's step.
  // Escape leaves the title field (its own text undo would take the shortcut otherwise).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(outlineStep(page, 'New step')).toBeVisible();
  await expect(outlineStep(other, 'Participant step')).toBeVisible();
  await participant.context.close();
});
