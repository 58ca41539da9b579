import type { Locator, Page } from '@playwright/test';
import { expectConnected, pathOf } from './board-helpers';
import { expect, test } from './fixtures';
import { rowsOf } from './layout-helpers';

// Each person reads the interface in their own language (the browser's, or the one they picked), on the
// same board; what people wrote stays as written; a new board starts in its creator's language.

/** Whether a field is wide enough to show its whole placeholder, in the field's own font. */
function placeholderFits(field: Locator): Promise<boolean> {
  return field.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const probe = document.createElement('span');
    probe.style.cssText = `position: absolute; white-space: pre; font: ${style.font}`;
    probe.textContent = input.placeholder;
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return needed <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  });
}

async function joinInDutch(page: Page, name: string): Promise<void> {
  const prompt = page.getByRole('dialog', { name: 'Hoe mogen we je noemen?' });
  await expect(prompt).toBeVisible();
  await prompt.getByLabel('Je naam').fill(name);
  await prompt.getByRole('button', { name: 'Naar het bord' }).click();
  await expect(prompt).toBeHidden();
}

test('a Dutch browser gets Dutch, creates a Dutch board, and an English colleague reads it in English', async ({
  browser,
  baseURL,
}) => {
  // Two people, a board created and a reload: several ordinary tests' worth of work.
  test.setTimeout(240_000);
  const dutch = await browser.newContext({
    baseURL,
    locale: 'nl-NL',
    viewport: { width: 1400, height: 900 },
  });
  const page = await dutch.newPage();

  // The start page, in Dutch, with the Dutch templates.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { name: 'Nieuw bord beginnen' })).toBeVisible();
  await expect(page.getByLabel('Taal')).toHaveValue('nl');
  const onboarding = page.getByRole('radio', { name: 'Indiensttreding nieuwe medewerker' });
  await expect(onboarding).toBeVisible();
  await expect(page.getByText('Begint met 13 stappen')).toBeVisible();
  // Importing a board: our own file button, in Dutch (the browser's would say "Choose File").
  await expect(page.getByText('Bestand kiezen…')).toBeVisible();
  await expect(page.getByLabel('Export van een bord (.zip- of JSON-bestand)')).toHaveAttribute(
    'type',
    'file',
  );

  // An empty title is explained in Dutch; then the board is created from the Dutch template.
  await page.getByRole('button', { name: 'Bord maken' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Geef het bord een titel, bijvoorbeeld ‘Indiensttreding nieuwe medewerker’.',
  );
  await page.getByLabel('Titel van het bord').fill('Workshop indiensttreding');
  await onboarding.check();
  await page.getByRole('button', { name: 'Bord maken' }).click();
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+#key=/);
  await joinInDutch(page, 'Femke Facilitator');
  const share = page.getByRole('dialog', { name: 'Dit bord delen' });
  await expect(share).toBeVisible();
  await expect(share.getByRole('button', { name: 'Link voor meekijkers kopiëren' })).toBeVisible();
  const participantLink = await share.getByRole('textbox', { name: 'Link voor deelnemers' }).inputValue();
  await share.getByRole('button', { name: 'Klaar' }).click();
  await expect(share).toBeHidden();
  // Nothing opened the dialog (it came with the new board): the keyboard goes to Share, not nowhere.
  const tools = page.getByRole('toolbar', { name: 'Gereedschap voor het bord' });
  await expect(tools.getByRole('button', { name: 'Delen', exact: true })).toBeFocused();
  await expectConnected(page);
  await expect(page.locator('.connection__label')).toHaveText('Verbonden');
  // The Dutch labels are longer: on a 1280 px laptop Share stays on screen.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(tools.getByRole('button', { name: 'Delen', exact: true })).toBeInViewport({ ratio: 1 });
  // Shorter natural Dutch (Opbouw, Vergrendelen): the whole toolbar keeps to one row, Share not alone below.
  await expect(tools.getByRole('button', { name: 'Opbouw', exact: true })).toBeVisible();
  expect(await rowsOf(tools)).toBe(1);
  // The facilitator's workshop bar keeps to two rows there, nothing left out.
  const session = page.getByRole('region', { name: 'Workshopsessie' });
  await expect(session.getByRole('button', { name: 'Cijfers onthullen' })).toBeVisible({ timeout: 60_000 });
  expect(await rowsOf(session)).toBeLessThanOrEqual(2);
  await page.setViewportSize({ width: 1400, height: 900 });
  // The template's content is Dutch: TOPdesk's "Mijn nieuwe baan".
  await expect(page.locator('.board-header')).toContainText('Mijn nieuwe baan');
  // The outline opens from the rail, named in Dutch.
  await page
    .getByRole('region', { name: 'Zijpanelen' })
    .getByRole('button', { name: 'Overzicht', exact: true })
    .click();
  await expect(
    page
      .getByRole('region', { name: 'Overzicht van de klantreis' })
      .getByRole('button', { name: 'Stap 1: Solliciteert online', exact: true }),
  ).toBeVisible();
  // Its form for a new note leaves the (longer) Dutch placeholder room to be read.
  await page.getByRole('button', { name: 'Plakbriefje toevoegen aan Solliciteert online' }).click();
  const noteText = page.getByRole('textbox', { name: 'Nieuw plakbriefje bij Solliciteert online' });
  await expect(noteText).toHaveAttribute('placeholder', 'Nieuw plakbriefje');
  expect(await placeholderFits(noteText)).toBe(true);

  // An English colleague on the same board: English interface, the same (Dutch) content.
  const english = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
  });
  const other = await english.newPage();
  await other.goto(pathOf(participantLink));
  const prompt = other.getByRole('dialog', { name: 'What should we call you?' });
  await prompt.getByLabel('Your name').fill('Pat Participant');
  await prompt.getByRole('button', { name: 'Join board' }).click();
  await expectConnected(other);
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await expect(other.locator('.connection__label')).toHaveText('Connected');
  await expect(other.locator('.board-header')).toContainText('Mijn nieuwe baan');
  await expect(other.getByLabel('Language')).toHaveValue('en');

  // The English colleague switches to Dutch: only their own screen changes, live.
  await other.getByLabel('Language').selectOption('nl');
  await expect(other.locator('.connection__label')).toHaveText('Verbonden');
  await expect(other.locator('html')).toHaveAttribute('lang', 'nl');
  await other.getByLabel('Taal').selectOption('en');
  await expect(other.locator('.connection__label')).toHaveText('Connected');
  await expect(page.locator('.connection__label')).toHaveText('Verbonden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  // The Dutch facilitator picks English; the choice outlives a reload (and beats the browser's nl).
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.locator('.connection__label')).toHaveText('Connected');
  await page.reload();
  await expectConnected(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await expect(page.locator('.connection__label')).toHaveText('Connected');
  // …and nothing about it reached the other person.
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');

  await english.close();
  await dutch.close();
});

test('an English browser creates an English board from the same template', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Start a new board' })).toBeVisible();
  await page.getByLabel('Board title').fill('Onboarding workshop');
  await page.getByRole('radio', { name: 'New employee onboarding' }).check();
  await page.getByRole('button', { name: 'Create board' }).click();
  const prompt = page.getByRole('dialog', { name: 'What should we call you?' });
  await prompt.getByLabel('Your name').fill('Fran Facilitator');
  await prompt.getByRole('button', { name: 'Join board' }).click();
  await page.getByRole('dialog', { name: 'Share this board' }).getByRole('button', { name: 'Done' }).click();
  await expectConnected(page);
  await expect(page.locator('.board-header')).toContainText('My new job');
});

test('error pages speak the reader’s language', async ({ browser, baseURL }) => {
  const dutch = await browser.newContext({ baseURL, locale: 'nl-BE' });
  const page = await dutch.newPage();
  await page.goto('/b/some-board');
  await expect(page.getByRole('heading', { name: 'Deze link is niet compleet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toBeVisible();
  await expect(page).toHaveTitle('Deze link is niet compleet · Journeyboard');
  await page.goto('/b/no-such-board#key=AAAAAAAAAAAAAAAAAAAAAA');
  await expect(
    page.getByRole('heading', { name: /Bord niet gevonden|Deze link is niet meer geldig/ }),
  ).toBeVisible();
  await dutch.close();
});
