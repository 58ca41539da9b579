import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { dockInDutch, englishIn, expectAccessible, expectOnlyDutch, joinInDutch } from './dutch-helpers';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './server';

// The workshop in Dutch, as a Dutch facilitator, participant and observer run it on a board created in
// Dutch: at every screen nothing English is shown or read aloud, and axe finds nothing serious. What the
// people typed (names, the question, the answer) is Dutch too, so it cannot hide an English string.

// The tests are independent (each has its own board): the long ones run on several workers at once.
test.describe.configure({ mode: 'parallel' });

interface DutchBoard {
  readonly id: string;
  readonly links: Record<'facilitator' | 'participant' | 'observer', string>;
}

async function createDutchBoard(baseURL: string): Promise<DutchBoard> {
  const response = await fetch(`${baseURL}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Supportworkshop', template: 'support-experience', language: 'nl' }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as DutchBoard;
}

/** Only Dutch on each screen, and no serious axe violation on the ones named in `scan`. */
async function check(where: string, pages: Record<string, Page>, scan: readonly string[] = []) {
  for (const [who, page] of Object.entries(pages)) {
    await expectOnlyDutch(page, `${where} (${who})`);
    if (scan.includes(who)) await expectAccessible(page, `${where} (${who})`);
  }
}

/** The interface's words in one language, as the app ships them. */
async function messages(language: 'en' | 'nl'): Promise<Record<string, string>> {
  const file = resolve(REPO_ROOT, `apps/web/src/i18n/messages/${language}.json`);
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
}

test('the check for English spots the interface’s English words and passes their Dutch', async () => {
  const [en, nl] = await Promise.all([messages('en'), messages('nl')]);
  // Strings these screens show: were one left untranslated, the check must see it.
  const shown = [
    'panel.outline.rail',
    'panel.after.rail',
    'workshop.phase.label',
    'workshop.tab.questions',
    'workshop.tab.ratings',
    'workshop.tab.voting',
    'workshop.reveal.show',
    'workshop.reveal.hidden',
    'workshop.voting.start',
    'workshop.voting.end',
    'workshop.voting.results',
    'workshop.questions.post',
    'workshop.questions.yours',
    'workshop.questions.resolved',
    'workshop.questions.answer',
    'workshop.step.untitled',
    'workshop.rating.withdraw',
    'workshop.mood.unhappy',
    'after.tab.moments',
    'after.tab.actions',
    'after.tab.future',
    'after.tab.history',
    'after.export.steps-csv',
    'after.export.pdf',
  ];
  for (const key of shown) {
    expect(englishIn(en[key] ?? ''), `${key}: “${en[key]}”`).not.toEqual([]);
    expect(englishIn(nl[key] ?? ''), `${key}: “${nl[key]}”`).toEqual([]);
  }
});

const STEP = 'Export van het rapport mislukt';
const VOTED = 'Start een chat';
const QUESTION = 'Waarom duurt het zo lang voordat de tweede lijn reageert?';
const ANSWER = 'De tweede lijn kijkt één keer per dag naar de wachtrij.';

interface DutchWorkshop {
  readonly femke: Page;
  readonly pieter: Page;
  readonly olga: Page;
  readonly everyone: Record<'facilitator' | 'participant' | 'observer', Page>;
}

/** A board created in Dutch, with its Dutch facilitator, participant and observer in their own browsers. */
async function openDutchWorkshop(browser: Browser, baseURL: string): Promise<DutchWorkshop> {
  const board = await createDutchBoard(baseURL);
  const femke = await joinInDutch(browser, baseURL, board.links.facilitator, 'Femke');
  const pieter = await joinInDutch(browser, baseURL, board.links.participant, 'Pieter');
  const olga = await joinInDutch(browser, baseURL, board.links.observer, 'Olga');
  return { femke, pieter, olga, everyone: { facilitator: femke, participant: pieter, observer: olga } };
}

async function dockPanels(pages: readonly Page[]): Promise<void> {
  for (const page of pages) {
    await dockInDutch(page, 'Overzicht');
    await dockInDutch(page, 'Workshop');
  }
}

const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Onderdelen van de workshop' }).getByRole('tab', { name, exact: true });

/** How many rows the workshop panel's tabs take. */
const tabRows = (page: Page) =>
  page
    .getByRole('tablist', { name: 'Onderdelen van de workshop' })
    .getByRole('tab')
    .evaluateAll((tabs) => new Set(tabs.map((one) => Math.round(one.getBoundingClientRect().top))).size);

test('the workshop in Dutch, preparing, mapping and rating: facilitator, participant and observer see only Dutch, and axe passes', async ({
  browser,
  baseURL,
}, testInfo) => {
  // Three people through the first phases, with a scan of each screen (the later phases are the next
  // test, on its own board, so that the two halves run on two workers at once).
  test.setTimeout(600_000);
  const { femke, pieter, olga, everyone } = await openDutchWorkshop(browser, baseURL!);

  // The board with its side panels closed, then with the outline and the workshop panel docked.
  await check('panelen dicht', everyone, ['facilitator', 'participant', 'observer']);
  await dockPanels([femke, pieter, olga]);
  await expect(tab(femke, 'Vragen')).toHaveAttribute('aria-selected', 'true');
  await expect(
    femke.getByRole('tablist', { name: 'Onderdelen van de workshop' }).getByRole('tab'),
  ).toHaveText(['Vragen', 'Cijfers', 'Stemmen', 'Persona’s', 'Klantreis']);
  // In the narrow panel they keep to one row, whichever is selected (it must not grow and push one down).
  expect(await tabRows(femke)).toBe(1);
  await check('voorbereiding, panelen open', everyone, ['facilitator', 'participant', 'observer']);

  // The journey's frame and its personas, with one persona added.
  await tab(femke, 'Klantreis').click();
  await tab(olga, 'Klantreis').click();
  await expect(tab(femke, 'Klantreis')).toHaveAttribute('aria-selected', 'true');
  expect(await tabRows(femke)).toBe(1);
  await expect(femke.getByRole('textbox', { name: 'Titel van de klantreis' })).toHaveValue(
    'Mijn probleem opgelost krijgen',
  );
  await check('klantreis', { facilitator: femke, observer: olga }, ['facilitator']);
  await tab(femke, 'Persona’s').click();
  await tab(olga, 'Persona’s').click();
  await femke.getByRole('button', { name: 'Persona toevoegen' }).click();
  await expect(olga.getByRole('listitem', { name: 'Persona Nieuwe persona' })).toBeVisible();
  await check('persona’s', { facilitator: femke, observer: olga }, ['facilitator']);
  // A participant reads the personas but is offered no change: they are the facilitator's, as the relay says.
  await tab(pieter, 'Persona’s').click();
  await expect(pieter.getByRole('listitem', { name: 'Persona Nieuwe persona' })).toBeVisible();
  await expect(pieter.getByRole('button', { name: 'Persona toevoegen' })).toHaveCount(0);
  for (const page of [femke, olga, pieter]) await tab(page, 'Vragen').click();

  // Mapping: each role reads its own instruction.
  const phase = femke.getByRole('combobox', { name: 'Workshopfase' });
  await expect(phase.locator('option:checked')).toHaveText('Voorbereiding');
  await phase.selectOption({ label: 'In kaart brengen' });
  await expect(pieter.getByTestId('workshop-phase')).toHaveText('Workshopfase: In kaart brengen');
  await expect(pieter.getByTestId('phase-instruction')).toHaveText(
    'Vul elke stap in: wat je deed, dacht en voelde, wie en wat je nodig had, en geef hem een cijfer.',
  );
  await expect(pieter.getByTestId('phase-abilities')).toHaveText(
    'Je kunt de klantreis bewerken, stappen een cijfer geven en vragen stellen.',
  );
  await expect(olga.getByTestId('phase-instruction')).toHaveText(
    'Kijk mee; vragen stel je in de vragenronde.',
  );
  await expect(olga.getByTestId('questions-closed')).toHaveText('Vragen stellen kan in de vragenronde.');
  await check('in kaart brengen', everyone);

  // Pieter rates a step in the outline by keyboard: End, back three, Enter.
  const rating = pieter
    .getByRole('region', { name: 'Overzicht van de klantreis' })
    .getByRole('radiogroup', { name: `Jouw cijfer voor ${STEP}` });
  await rating.getByRole('radio', { name: '1 van 10, Heel ontevreden' }).focus();
  for (const key of ['End', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']) await pieter.keyboard.press(key);
  await expect(rating.getByRole('radio', { name: '7 van 10, Tevreden' })).toBeFocused();
  await pieter.keyboard.press('Enter');
  await expect(rating.getByRole('radio', { name: '7 van 10, Tevreden' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(pieter.getByText('Jouw cijfer: 7/10, Tevreden').first()).toBeVisible();
  const ratingRow = (page: Page) =>
    page
      .getByRole('tabpanel', { name: 'Cijfers' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: STEP, exact: true }) });
  for (const page of [femke, pieter, olga]) await tab(page, 'Cijfers').click();
  await expect(ratingRow(olga)).toContainText(`1 cijfer binnen voor ${STEP}; verborgen tot het onthullen.`);
  await expect(olga.getByTestId('ratings-visibility')).toHaveText('Cijfers nog verborgen');
  await check('cijfers verborgen', everyone, ['participant']);

  // The facilitator reveals: the distribution, in Dutch numbers.
  await femke.getByRole('button', { name: 'Cijfers onthullen' }).click();
  for (const page of [femke, olga]) {
    await expect(page.getByTestId('ratings-visibility')).toHaveText('Cijfers onthuld');
    await expect(ratingRow(page)).toContainText(`${STEP}: 1 cijfer, gemiddeld 7,0, van 7 tot 7`);
    await expect(
      ratingRow(page)
        .getByRole('list', { name: `Gegeven cijfers voor ${STEP}` })
        .getByRole('listitem', { name: 'Cijfer 7: 1' }),
    ).toBeVisible();
  }
  await check('cijfers onthuld', everyone, ['observer']);
  await olga.screenshot({ path: testInfo.outputPath('workshop-nl-ratings-revealed.png') });
  for (const page of [femke, pieter, olga]) await page.context().close();
});

test('the workshop in Dutch, voting, Q&A and wrap-up: facilitator, participant and observer see only Dutch, and axe passes', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(600_000);
  const { femke, pieter, olga, everyone } = await openDutchWorkshop(browser, baseURL!);
  await dockPanels([femke, pieter, olga]);
  const phase = femke.getByRole('combobox', { name: 'Workshopfase' });
  await phase.selectOption({ label: 'In kaart brengen' });
  await expect(pieter.getByTestId('workshop-phase')).toHaveText('Workshopfase: In kaart brengen');

  // A voting round on steps: Pieter votes, nobody sees counts until the facilitator ends it.
  for (const page of [femke, pieter, olga]) await tab(page, 'Stemmen').click();
  await femke.getByRole('combobox', { name: 'Stemmen over' }).selectOption({ label: 'Stappen' });
  await femke.getByRole('spinbutton', { name: 'Stemmen per persoon' }).fill('2');
  await femke.getByRole('button', { name: 'Stemronde starten' }).click();
  await expect(pieter.getByTestId('voting-status')).toContainText(
    'Stemmen over stappen: 2 stemmen per persoon.',
  );
  await expect(pieter.getByTestId('voting-status')).toContainText('Je hebt nog 2 stemmen over.');
  await check('stemronde open', everyone, ['participant']);
  await pieter.getByRole('button', { name: `Stem op ${VOTED}` }).click();
  await expect(pieter.getByTestId('voting-status')).toContainText('Je hebt nog 1 stem over.');
  await expect(olga.getByTestId('voting-status')).toContainText('1 persoon heeft al gestemd');
  await check('na een stem', everyone);
  await femke.getByRole('button', { name: 'Stemronde beëindigen' }).click();
  for (const page of [femke, olga]) {
    const results = page.getByRole('region', { name: 'Uitslag van de stemming' });
    await expect(results.getByTestId('vote-result').first()).toHaveText(`#1 ${VOTED} 1 stem`);
  }
  await check('uitslag van de stemming', everyone, ['observer']);

  // Q&A: Olga asks, pinned to a step; Femke answers and marks it resolved.
  await phase.selectOption({ label: 'Vragenronde' });
  await expect(olga.getByTestId('phase-instruction')).toHaveText(
    'Stel nu je vragen, gekoppeld aan een stap of een plakbriefje.',
  );
  for (const page of [femke, pieter, olga]) await tab(page, 'Vragen').click();
  const composer = olga.getByRole('form', { name: 'Stel een vraag' });
  await check('vragenronde', everyone, ['observer']);
  await composer.getByRole('textbox', { name: 'Je vraag' }).fill(QUESTION);
  await composer.getByRole('combobox', { name: 'Koppelen aan' }).selectOption({ label: `Stap: ${VOTED}` });
  await composer.getByRole('button', { name: 'Vraag plaatsen' }).click();
  const asked = (page: Page) => page.getByRole('listitem', { name: 'Vraag van Olga' });
  await expect(asked(femke)).toContainText(`Olga (meekijker) · Stap: ${VOTED}`);
  await femke.getByRole('textbox', { name: `Antwoord op: ${QUESTION}` }).fill(ANSWER);
  await femke.getByRole('button', { name: 'Antwoorden', exact: true }).click();
  await expect(asked(olga)).toContainText(`Femke: ${ANSWER}`);
  await expect(asked(pieter)).toContainText(`Femke: ${ANSWER}`);
  await check('vraag beantwoord', everyone, ['facilitator', 'participant']);
  await femke.getByRole('button', { name: `Markeren als afgehandeld: ${QUESTION}` }).click();
  await expect(asked(olga)).toContainText('afgehandeld');
  await check('vraag afgehandeld', everyone);

  // Wrap-up.
  await phase.selectOption({ label: 'Afronding' });
  await expect(olga.getByTestId('workshop-phase')).toHaveText('Workshopfase: Afronding');
  await expect(pieter.getByTestId('phase-instruction')).toHaveText(
    'Stem op wat het meeste pijn doet. Bedankt dat je je ervaring hebt gedeeld!',
  );
  await check('afronding', everyone);

  await olga.screenshot({ path: testInfo.outputPath('workshop-nl-observer.png') });
  // The whole board in view: the canvas draws its own words (lanes, curve, legend), in Dutch too.
  await olga.getByRole('button', { name: 'Alles in beeld' }).click();
  await expectOnlyDutch(olga, 'alles in beeld (observer)');
  await olga.screenshot({ path: testInfo.outputPath('workshop-nl-observer-whole-board.png') });
  await pieter.screenshot({ path: testInfo.outputPath('workshop-nl-participant.png') });
  await femke.screenshot({ path: testInfo.outputPath('workshop-nl-facilitator.png') });
  for (const page of [femke, pieter, olga]) await page.context().close();
});

async function download(page: Page, panel: Locator, name: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name, exact: true }).click(),
  ]);
  return readFile((await file.path()) ?? '');
}

/** The strings of a PDF's document information (title, subject, keywords): uncompressed, readable. */
function pdfInfo(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  return ['Title', 'Subject', 'Keywords']
    .map((field) => new RegExp(`/${field} \\(((?:[^()\\\\]|\\\\.)*)\\)`).exec(text)?.[1] ?? '')
    .join('\n');
}

test('after the workshop in Dutch: every tab and the exports speak Dutch, and axe passes', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(360_000);
  const board = await createDutchBoard(baseURL!);
  const femke = await joinInDutch(browser, baseURL!, board.links.facilitator, 'Femke');
  const olga = await joinInDutch(browser, baseURL!, board.links.observer, 'Olga');

  for (const page of [femke, olga]) await dockInDutch(page, 'Na de workshop');
  const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Na de workshop' });
  // Something in the tabs that start empty: a future state and a checkpoint.
  await panelOf(femke).getByRole('tab', { name: 'Gewenste situatie', exact: true }).click();
  await panelOf(femke)
    .getByRole('button', { name: 'Huidige situatie kopiëren naar een gewenste situatie' })
    .click();
  const compared = panelOf(femke).getByRole('tabpanel', { name: 'Gewenste situatie' });
  await expect(compared.getByRole('columnheader', { name: 'Verschil' })).toBeVisible();
  // Numbers the Dutch way: a decimal comma.
  await expect(compared).toContainText(/Gemiddelde score\s*\d,\d → \d,\d/);
  await panelOf(femke).getByRole('tab', { name: 'Geschiedenis', exact: true }).click();
  await panelOf(femke).getByRole('textbox', { name: 'Naam van het checkpoint' }).fill('Einde van de sessie');
  await panelOf(femke).getByRole('button', { name: 'Checkpoint opslaan' }).click();
  await expect(panelOf(femke).getByRole('list', { name: 'Checkpoints' })).toContainText(
    'Einde van de sessie',
  );
  const tabs = ['Momenten van de waarheid', 'Actieplan', 'Gewenste situatie', 'Geschiedenis', 'Exporteren'];
  for (const name of tabs) {
    for (const [who, page] of Object.entries({ facilitator: femke, observer: olga })) {
      await panelOf(page).getByRole('tab', { name, exact: true }).click();
      await expect(panelOf(page).getByRole('tabpanel', { name })).toBeVisible();
      await expectOnlyDutch(page, `na de workshop: ${name} (${who})`);
      await expectAccessible(page, `na de workshop: ${name} (${who})`);
    }
  }
  await olga.screenshot({ path: testInfo.outputPath('after-nl-observer.png') });

  // The exports, as the facilitator downloads them: everything in them that is not content is Dutch.
  const panel = panelOf(femke);
  await expect(panel.getByText(/^Postergrootte: \d+ × \d+ px/)).toBeVisible();
  const steps = (await download(femke, panel, 'Stappen downloaden als CSV')).toString('utf8');
  expect(steps.split('\r\n')[0]).toMatch(/^\uFEFF?Klantreis,Fase,Stap nr\.,Stap,Omschrijving/);
  expect(englishIn(steps), 'English in the steps CSV').toEqual([]);
  await expect(panel.getByRole('status').filter({ hasText: 'CSV met stappen gedownload.' })).toBeVisible();
  const plan = (await download(femke, panel, 'Actieplan downloaden als CSV')).toString('utf8');
  expect(englishIn(plan), 'English in the action plan CSV').toEqual([]);
  const measured = (await download(femke, panel, 'Meetgegevens downloaden als CSV')).toString('utf8');
  expect(englishIn(measured), 'English in the measured CSV').toEqual([]);

  const pdf = await download(femke, panel, 'PDF-poster downloaden');
  expect(pdf.toString('latin1')).toMatch(/\/Lang \(nl\)/);
  expect(pdfInfo(pdf)).toContain('Mijn probleem opgelost krijgen');
  expect(englishIn(pdfInfo(pdf)), 'English in the PDF’s title, subject and keywords').toEqual([]);
  await expect(panel.getByRole('status').filter({ hasText: 'PDF-poster gedownload.' })).toBeVisible();

  const png = await download(femke, panel, 'PNG downloaden (2×)');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  await expect(
    panel.getByRole('status').filter({ hasText: /^PNG gedownload: \d+ × \d+ pixels\.$/ }),
  ).toBeVisible();
  await expectOnlyDutch(femke, 'na de exports (facilitator)');

  const json = JSON.parse(
    (await download(femke, panel, 'JSON downloaden (zonder bestanden)')).toString('utf8'),
  );
  expect(JSON.stringify(json)).toContain('Mijn probleem opgelost krijgen');
  await femke.screenshot({ path: testInfo.outputPath('after-nl-export.png') });
  for (const page of [femke, olga]) await page.context().close();
});
