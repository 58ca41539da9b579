import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBoardViaStartPage, expectConnected, joinInNewContext } from './board-helpers';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './server';

// Set UPDATE_DOCS_SCREENSHOT=1 to refresh docs/board.png (the README's picture) from this run.
test('a populated board, saved as a screenshot', async ({ page, browser, baseURL }, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { links } = await createBoardViaStartPage(page, 'New employee onboarding');
  await expectConnected(page);
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  await joinInNewContext(browser, baseURL ?? '', links.observer, 'Olga Observer');
  await expect(page.getByRole('region', { name: 'People on this board' })).toContainText('1 observer');
  await participant.page
    .getByRole('region', { name: 'Journey outline' })
    .getByRole('button', { name: /^Step 2: / })
    .first()
    .click();
  const first = page
    .getByRole('region', { name: 'Journey outline' })
    .getByRole('button', { name: /^Step 1: / })
    .first();
  await first.click();
  await expect(page.getByRole('form', { name: 'Edit step' })).toBeVisible();
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  // Pat points at the board: their cursor and name appear on the facilitator's canvas.
  const canvas = participant.page.locator('.canvas-area canvas').first();
  const box = await canvas.boundingBox();
  if (box)
    await participant.page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.55, { steps: 5 });
  // Let the canvas settle after zoom to fit.
  await page.waitForTimeout(500);

  const shot = await page.screenshot({ fullPage: false });
  await testInfo.attach('board', { body: shot, contentType: 'image/png' });
  writeFileSync(testInfo.outputPath('board.png'), shot);
  if (process.env.UPDATE_DOCS_SCREENSHOT) writeFileSync(join(REPO_ROOT, 'docs/board.png'), shot);
  expect(shot.byteLength).toBeGreaterThan(20_000);
});
