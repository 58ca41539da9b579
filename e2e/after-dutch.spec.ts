import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expectConnected, pathOf } from './board-helpers';
import { expect, test } from './fixtures';

// After the workshop in Dutch: the panel speaks the reader's language, the exports the board's, so a
// Dutch workshop's spreadsheets and poster stay Dutch even when an English colleague downloads them.

async function downloadFrom(page: Page, panel: Locator, name: string, fileName?: RegExp): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name }).click(),
  ]);
  if (fileName) expect(file.suggestedFilename()).toMatch(fileName);
  return readFile((await file.path()) ?? '');
}

const headerOf = (csv: Buffer) =>
  csv
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0];

test('a Dutch board’s exports are Dutch, for a Dutch and an English reader alike', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const dutch = await browser.newContext({
    baseURL,
    locale: 'nl-NL',
    viewport: { width: 1600, height: 900 },
  });
  const page = await dutch.newPage();
  await page.goto('/');
  await page.getByLabel('Titel van het bord').fill('Workshop indiensttreding');
  await page.getByRole('radio', { name: 'Indiensttreding nieuwe medewerker' }).check();
  await page.getByRole('button', { name: 'Bord maken' }).click();
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+#key=/);
  const prompt = page.getByRole('dialog', { name: 'Hoe mogen we je noemen?' });
  await prompt.getByLabel('Je naam').fill('Femke Facilitator');
  await prompt.getByRole('button', { name: 'Naar het bord' }).click();
  const share = page.getByRole('dialog', { name: 'Dit bord delen' });
  const observerLink = await share.getByRole('textbox', { name: 'Link voor meekijkers' }).inputValue();
  await share.getByRole('button', { name: 'Klaar' }).click();
  await expectConnected(page);

  await page
    .getByRole('region', { name: 'Zijpanelen' })
    .getByRole('button', { name: 'Na de workshop', exact: true })
    .click();
  const panel = page.getByRole('complementary', { name: 'Na de workshop' });
  await panel.getByRole('tab', { name: 'Exporteren' }).click();
  await expect(panel.getByText(/^Postergrootte: \d+ × \d+ px/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Stappen downloaden als CSV' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('after-export-nl.png') });

  // Named in the board's language too.
  const steps = await downloadFrom(page, panel, 'Stappen downloaden als CSV', /-stappen\.csv$/);
  expect(headerOf(steps)).toMatch(/^Klantreis,Fase,Stap nr\.,Stap,Omschrijving/);
  await expect(panel.getByRole('status').filter({ hasText: 'CSV met stappen gedownload.' })).toBeVisible();
  const pdf = (await downloadFrom(page, panel, 'PDF-poster downloaden')).toString('latin1');
  expect(pdf).toMatch(/\/Lang \(nl\)/);

  await panel.getByRole('tab', { name: 'Actieplan' }).click();
  await expect(panel.getByRole('table', { name: 'Actieplan' })).toBeVisible();
  // A kans made from a step is titled in Dutch, not “Improve: …”.
  await page.getByTestId('journey-canvas').focus();
  await page.keyboard.press('Home');
  await page
    .getByRole('toolbar')
    .getByRole('button', { name: /^Maak een kans van de stap / })
    .click();
  await expect(panel.getByRole('textbox', { name: /^Titel van Verbeteren: / })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('after-actions-nl.png') });

  // An English observer of the same board: an English panel, Dutch spreadsheets.
  const english = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    viewport: { width: 1600, height: 900 },
  });
  const other = await english.newPage();
  await other.goto(pathOf(observerLink));
  const name = other.getByRole('dialog', { name: 'What should we call you?' });
  await name.getByLabel('Your name').fill('Olly Observer');
  await name.getByRole('button', { name: 'Join board' }).click();
  await expectConnected(other);
  await other.getByRole('button', { name: 'After the workshop', exact: true }).click();
  const otherPanel = other.getByRole('complementary', { name: 'After the workshop' });
  await otherPanel.getByRole('tab', { name: 'Export' }).click();
  const plan = await downloadFrom(other, otherPanel, 'Download action plan CSV', /-actieplan\.csv$/);
  expect(headerOf(plan)).toBe('Actie,Omschrijving,Stappen,Eigenaar,Deadline,Prioriteit,Status,Stemmen');
  await expect(
    otherPanel.getByRole('status').filter({ hasText: 'Action plan CSV downloaded.' }),
  ).toBeVisible();

  await english.close();
  await dutch.close();
});
