import { addStepWithTitle, boardEditor, createBoardViaStartPage, expectConnected, outlineRow, tabTo } from './board-helpers';
import { expect, test } from './fixtures';
import { canvasOf } from './viewport-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

test('shots', async ({ page }) => {
  await createBoardViaStartPage(page, 'Password reset', /onboarding/i);
  await expectConnected(page);
  await page.getByRole('toolbar', { name: 'Board tools' }).getByRole('button', { name: 'Add step', exact: true }).click();
  await expect(boardEditor(page)).toBeFocused();
  await page.screenshot({ path: '/tmp/shots/1-new-step.png' });
  await page.keyboard.type('KB: Calls service desk');
  await page.keyboard.press('Enter');
  await page.screenshot({ path: '/tmp/shots/2-after-enter.png' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: '/tmp/shots/3-ring-cell.png' });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Types the ticket');
  await page.screenshot({ path: '/tmp/shots/4-editing-cell.png' });
  await page.keyboard.press('Escape');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: '/tmp/shots/5-ring-lower.png' });
  const row = outlineRow(page, 'KB: Calls service desk');
  await row.scrollIntoViewIfNeeded();
  await row.getByRole('textbox', { name: /New note on/ }).fill('Long queue');
  await row.getByRole('button', { name: 'Add note' }).click();
  await row.getByRole('button', { name: 'Add note' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/6-outline-notes.png' });
});
