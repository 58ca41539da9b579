import { mkdirSync, writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { canvasWidth, openFresh, railButton } from './layout-helpers';
import { REPO_ROOT } from './server';
import { createBoard } from './workshop-helpers';

// LAYOUT_SCREENSHOTS=after writes the pictures to docs/screenshots/layout-after-*.png (the "before" ones
// were taken from the layout with two fixed side panels).
const stage = process.env.LAYOUT_SCREENSHOTS;

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const shot = await page.screenshot();
  writeFileSync(testInfo.outputPath(`${name}.png`), shot);
  if (!stage) return;
  mkdirSync(joinPath(REPO_ROOT, 'docs/screenshots'), { recursive: true });
  writeFileSync(joinPath(REPO_ROOT, `docs/screenshots/layout-${stage}-${name}.png`), shot);
}

test('the board as facilitator, participant and observer at 1440×900, panels closed and open', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(400_000);
  const board = await createBoard(baseURL ?? '', 'Password reset workshop');
  for (const role of ['facilitator', 'participant', 'observer'] as const) {
    const page = await openFresh(browser, board.links[role], `A ${role}`);
    expect(await canvasWidth(page)).toBeGreaterThanOrEqual(1440 * 0.75);
    await shoot(page, testInfo, role);
    if (role === 'facilitator') {
      await railButton(page, 'Outline').click();
      await expect(page.getByRole('region', { name: 'Journey outline' })).toBeVisible();
      await page.getByRole('button', { name: 'Zoom to fit' }).click();
      await shoot(page, testInfo, 'facilitator-outline-open');
    }
    if (role === 'participant') {
      await railButton(page, 'Workshop').click();
      await page.getByRole('button', { name: 'Dock the workshop panel' }).click();
      await expect(page.getByRole('tablist', { name: 'Workshop panels' })).toBeVisible();
      await shoot(page, testInfo, 'participant-workshop-docked');
    }
    await page.context().close();
  }
});
