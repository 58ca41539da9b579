import {
  addStepWithTitle,
  createBoardViaStartPage,
  expectConnected,
  joinInNewContext,
  outlineStep,
} from './board-helpers';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1600, height: 900 } });

test('restoring a checkpoint reaches everyone at once and undo brings the later work back', async ({
  page,
  browser,
  baseURL,
}) => {
  const { links } = await createBoardViaStartPage(page, 'History and replay', /blank/i);
  await expectConnected(page);
  await addStepWithTitle(page, 'Mapped step');
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  const other = participant.page;
  await expect(outlineStep(other, 'Mapped step')).toBeVisible();

  await page.getByRole('button', { name: 'After the workshop' }).click();
  const panel = page.getByRole('complementary', { name: 'After the workshop' });
  await panel.getByRole('tab', { name: 'History' }).click();
  await panel.getByRole('textbox', { name: 'Checkpoint name' }).fill('End of mapping');
  await panel.getByRole('button', { name: 'Save checkpoint' }).click();
  const list = panel.getByRole('list', { name: 'Checkpoints' });
  await expect(list.getByRole('listitem').filter({ hasText: 'End of mapping' })).toContainText(
    /\d+(\.\d)? (B|KB)/,
  );
  // Saved, the name field is empty and the button disabled: the keyboard is back in the field.
  await expect(panel.getByRole('textbox', { name: 'Checkpoint name' })).toBeFocused();

  // Later work, by the participant.
  await addStepWithTitle(other, 'Later step');
  await expect(outlineStep(page, 'Later step')).toBeVisible();

  // Read-only preview, then restore in place.
  await list.getByRole('button', { name: /^Preview End of mapping/ }).click();
  const preview = panel.getByRole('region', { name: /^Preview \(read-only\): End of mapping/ });
  await expect(preview.getByRole('img', { name: /Checkpoint preview: .*, 1 step,/ })).toBeVisible();
  await preview.getByRole('button', { name: 'Restore this checkpoint' }).click();
  await expect(outlineStep(page, 'Later step')).toHaveCount(0);
  await expect(outlineStep(other, 'Later step')).toHaveCount(0);
  await expect(outlineStep(other, 'Mapped step')).toBeVisible();

  // The restore is one undoable change: undo brings the later step back for everyone.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(outlineStep(page, 'Later step')).toBeVisible();
  await expect(outlineStep(other, 'Later step')).toBeVisible();

  // Nothing was deleted from the history: the state before the restore was kept too.
  await expect(list.getByRole('listitem').filter({ hasText: 'End of mapping' }).first()).toBeVisible();
  await expect(list.getByRole('listitem').filter({ hasText: 'Before restoring' })).toHaveCount(1);

  // Replay: a slider over the checkpoints.
  await panel.getByRole('button', { name: 'Load replay' }).click();
  const slider = panel.getByRole('slider', { name: 'Replay position' });
  await expect(slider).toBeVisible();
  await panel
    .getByRole('button', { name: /Pause replay|Play replay/ })
    .first()
    .click();
  await slider.fill('0');
  await expect(panel.getByRole('img', { name: /^Replay frame/ })).toBeVisible();
  await participant.context.close();
});
