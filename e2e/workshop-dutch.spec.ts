import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createBoard } from './workshop-helpers';

// The workshop in Dutch: the session bar, the phase's instruction for each role, and the panel's tabs
// read in Dutch for a Dutch browser, while the board's content stays as it was written.

async function joinInDutch(browser: Browser, baseURL: string, link: string, name: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'nl-NL',
    viewport: { width: 1500, height: 950 },
  });
  const page = await context.newPage();
  await page.goto(link);
  const prompt = page.getByRole('dialog', { name: 'Hoe mogen we je noemen?' });
  await prompt.getByLabel('Je naam').fill(name);
  await prompt.getByRole('button', { name: 'Naar het bord' }).click();
  await expect(page.getByRole('region', { name: 'Workshopsessie' })).toBeVisible({ timeout: 60_000 });
  const rail = page.getByRole('region', { name: 'Zijpanelen' });
  const workshop = rail.getByRole('button', { name: 'Workshop', exact: true });
  if ((await workshop.getAttribute('aria-expanded')) !== 'true') await workshop.click();
  await expect(workshop).toHaveAttribute('aria-expanded', 'true');
  return page;
}

test('the workshop speaks Dutch to a Dutch facilitator and participant', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const board = await createBoard(baseURL!);
  const femke = await joinInDutch(browser, baseURL!, board.links.facilitator, 'Femke');
  const pieter = await joinInDutch(browser, baseURL!, board.links.participant, 'Pieter');

  // The facilitator's controls and the phase names come from the model's keys, in Dutch.
  const phase = femke.getByRole('combobox', { name: 'Workshopfase' });
  await expect(phase.locator('option:checked')).toHaveText('Voorbereiding');
  await phase.selectOption('mapping');
  await expect(pieter.getByTestId('workshop-phase')).toHaveText('Workshopfase: In kaart brengen');
  await expect(pieter.getByTestId('phase-instruction')).toHaveText(
    'Vul elke stap in: wat je deed, dacht en voelde, wie en wat je nodig had, en geef hem een cijfer.',
  );
  await expect(pieter.getByTestId('phase-abilities')).toHaveText(
    'Je kunt de klantreis bewerken, stappen een cijfer geven en vragen stellen.',
  );
  await expect(femke.getByRole('button', { name: 'Timer starten' })).toBeVisible();
  await expect(femke.getByRole('button', { name: 'Cijfers onthullen' })).toBeVisible();
  await expect(pieter.getByTestId('ratings-visibility')).toHaveText(
    'Cijfers verborgen tot ze worden onthuld',
  );

  // The panel's tabs and a question, posted in Dutch; the question itself stays as typed.
  const tabs = femke.getByRole('tablist', { name: 'Onderdelen van de workshop' });
  await expect(tabs.getByRole('tab')).toHaveText(['Vragen', 'Cijfers', 'Stemmen', 'Persona’s', 'Klantreis']);
  await pieter.getByRole('textbox', { name: 'Je vraag' }).fill('Wie regelt de laptop?');
  await pieter.getByRole('button', { name: 'Vraag plaatsen' }).click();
  await expect(femke.getByRole('listitem', { name: 'Vraag van Pieter' })).toContainText('Pieter (deelnemer)');
  await femke.screenshot({ path: test.info().outputPath('workshop-nl-facilitator.png') });

  // A voting round, counted in Dutch.
  await femke.getByRole('tab', { name: 'Stemmen' }).click();
  await femke.getByRole('button', { name: 'Stemronde starten' }).click();
  await expect(femke.getByTestId('voting-status')).toContainText(
    'Stemmen over knelpunten: 3 stemmen per persoon.',
  );
  await expect(femke.getByTestId('voting-status')).toContainText('Nog niemand heeft gestemd');
  await pieter.getByRole('tab', { name: 'Stemmen' }).click();
  await expect(pieter.getByTestId('voting-status')).toContainText('Je hebt nog 3 stemmen over.');
  await pieter.screenshot({ path: test.info().outputPath('workshop-nl-participant.png') });
  for (const page of [femke, pieter]) await page.context().close();
});
