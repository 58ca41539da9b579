import {
  addStepWithTitle,
  createBoardViaStartPage,
  expectConnected,
  joinInNewContext,
  outlineStep,
} from './board-helpers';
import { expect, test } from './fixtures';

test('edits made offline are kept and arrive after reconnection', async ({ page, browser, baseURL }) => {
  const { links } = await createBoardViaStartPage(page, 'Flaky wifi', /blank/i);
  await expectConnected(page);
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  const other = participant.page;

  // They were already working when the connection dropped: the step form's code is loaded (it loads once
  // the board is drawn, and a browser that is offline from the first second cannot fetch it).
  await addStepWithTitle(other, 'Before the train');
  await expect(outlineStep(page, 'Before the train')).toBeVisible();

  // Once the board is drawn and the browser idle, the code of the panels that load when opened arrives
  // too (not the exports' libraries), so they open offline later.
  const fetched = () =>
    other.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .join(' '),
    );
  await expect.poll(fetched).toMatch(/after-panel-open-/);
  expect(await fetched()).not.toMatch(/jspdf|html2canvas/);

  await participant.context.setOffline(true);
  await expect(other.locator('.connection')).toHaveAttribute('data-status', 'offline');
  await expect(other.getByText(/kept on this device/).first()).toBeVisible();
  // A panel never opened before opens offline, in full.
  await other
    .getByRole('region', { name: 'Side panels' })
    .getByRole('button', { name: 'After the workshop' })
    .click();
  const after = other.getByRole('complementary', { name: 'After the workshop' });
  await expect(after.getByRole('tab', { name: 'Action plan' })).toBeVisible();
  await expect(after.getByRole('alert')).toHaveCount(0);
  await other
    .getByRole('region', { name: 'Side panels' })
    .getByRole('button', { name: 'After the workshop' })
    .click();

  await addStepWithTitle(other, 'Written on the train');
  await addStepWithTitle(other, 'Also offline');
  // Give the edits time they would need to arrive if they could; they must not.
  await page.waitForTimeout(1_500);
  await expect(outlineStep(page, 'Written on the train')).toHaveCount(0);

  await participant.context.setOffline(false);
  await expectConnected(other);
  await expect(outlineStep(page, 'Written on the train')).toBeVisible({ timeout: 10_000 });
  await expect(outlineStep(page, 'Also offline')).toBeVisible();

  // The offline copy in IndexedDB survives a reload too.
  await other.reload();
  await expectConnected(other);
  await expect(outlineStep(other, 'Also offline')).toBeVisible();
  await participant.context.close();
});
