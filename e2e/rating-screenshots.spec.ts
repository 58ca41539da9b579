import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from './fixtures';
import { REPO_ROOT } from './server';
import { test } from './workshop-helpers';

// Set RATING_SCREENSHOT=<name> to save docs/screenshots/<name>.png from this run (the rating, as a participant sees it).
test('a participant rates a step on the board, saved as a screenshot', async ({ workshop }, testInfo) => {
  test.setTimeout(90_000);
  const fay = await workshop.join('facilitator', 'Fay');
  const ann = await workshop.join('participant', 'Ann');
  for (const m of [fay, ann]) await m.page.setViewportSize({ width: 1440, height: 900 });
  await ann.page.getByRole('button', { name: 'Step 2: Searches the help centre' }).click();
  await ann.page.waitForTimeout(800);
  const shot = await ann.page.screenshot();
  writeFileSync(testInfo.outputPath('participant.png'), shot);
  const name = process.env.RATING_SCREENSHOT;
  if (name) writeFileSync(join(REPO_ROOT, `docs/screenshots/${name}.png`), shot);
  await fay.page.getByRole('button', { name: 'Step 2: Searches the help centre' }).click();
  await fay.page.waitForTimeout(800);
  writeFileSync(testInfo.outputPath('facilitator.png'), await fay.page.screenshot());
  expect(shot.byteLength).toBeGreaterThan(20_000);
});
