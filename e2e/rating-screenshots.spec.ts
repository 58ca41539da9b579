import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from './fixtures';
import { REPO_ROOT } from './server';
import { test } from './workshop-helpers';

// Set RATING_SCREENSHOT=<name> to save docs/screenshots/<name>.png (a participant's rating at 1440×900).
test('a participant rates a step on the board, saved as a screenshot', async ({ workshop }, testInfo) => {
  test.setTimeout(300_000);
  const fay = await workshop.join('facilitator', 'Fay');
  const ann = await workshop.join('participant', 'Ann');
  for (const m of [fay, ann]) await m.page.setViewportSize({ width: 1440, height: 900 });
  const step = 'Searches the help centre';
  await ann.page.getByRole('button', { name: `Step 2: ${step}` }).click();
  const dock = ann.page.getByRole('radiogroup', { name: `Rate ${step} on the board` });
  await dock.getByRole('radio', { name: '8 of 10, Happy' }).click();
  await expect(dock.getByRole('radio', { checked: true })).toHaveAccessibleName('8 of 10, Happy');
  await fay.page.getByRole('button', { name: `Step 2: ${step}` }).click();
  await expect(fay.page.getByRole('region', { name: 'Consensus score (facilitator)' })).toBeVisible();
  for (const [who, page] of [
    ['participant', ann.page],
    ['facilitator', fay.page],
  ] as const) {
    await page.mouse.move(0, 0);
    const shot = await page.screenshot();
    writeFileSync(testInfo.outputPath(`${who}.png`), shot);
    const name = process.env.RATING_SCREENSHOT;
    if (name)
      writeFileSync(
        join(REPO_ROOT, `docs/screenshots/${name}${who === 'participant' ? '' : `-${who}`}.png`),
        shot,
      );
  }
});
