import { mkdirSync, writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './server';
import { createBoard } from './workshop-helpers';

const stage = process.env.LAYOUT_SCREENSHOTS ?? 'run';

test('the board as facilitator, participant and observer at 1440×900', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const baseURL = process.env.JOURNEYBOARD_URL ?? '';
  const board = await createBoard(baseURL, 'Password reset workshop');
  for (const role of ['facilitator', 'participant', 'observer'] as const) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(board.links[role]);
    await page.getByLabel('Your name').fill(`A ${role}`);
    await page.getByRole('button', { name: 'Join board' }).click();
    await expect(page.getByText('Connected', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Side panels' })).toBeVisible();
    const shot = await page.screenshot();
    writeFileSync(testInfo.outputPath(`${role}.png`), shot);
    if (process.env.LAYOUT_SCREENSHOTS) {
      mkdirSync(joinPath(REPO_ROOT, 'docs/screenshots'), { recursive: true });
      writeFileSync(joinPath(REPO_ROOT, `docs/screenshots/layout-${stage}-${role}.png`), shot);
    }
    await context.close();
  }
});
