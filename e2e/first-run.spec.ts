import { expect, test } from './fixtures';
import { openFresh, railButton } from './layout-helpers';
import { createBoard } from './workshop-helpers';

test.describe.configure({ timeout: 420_000 });

test('the start page starts from Blank, then from the template used last', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('radio', { name: /^Blank/ })).toBeChecked();
  await page.getByLabel('Board title').fill('Password reset');
  await page.getByRole('radio', { name: /password reset/i }).check();
  await page.getByRole('button', { name: 'Create board' }).click();
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+#key=/);
  await page.goto('/');
  await expect(page.getByRole('radio', { name: /password reset/i })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Blank/ })).not.toBeChecked();
});

test('the app has a favicon: an SVG one named by the page, and /favicon.ico', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
  expect(href).toBe('/favicon.svg');
  const svg = await request.get('/favicon.svg');
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('<svg');
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  // An ICO file: reserved 0, type 1, at least one image.
  const bytes = await ico.body();
  expect([bytes[0], bytes[1], bytes[2], bytes[3]]).toEqual([0, 0, 1, 0]);
});

test('Share is the facilitator’s; participants and observers read the same phase rules the relay applies', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL ?? '', 'First run');
  const facilitator = await openFresh(browser, board.links.facilitator, 'Fran');
  const participant = await openFresh(browser, board.links.participant, 'Pat');
  const observer = await openFresh(browser, board.links.observer, 'Olga');
  const tools = (page: typeof facilitator) => page.getByRole('toolbar', { name: 'Board tools' });

  await expect(tools(facilitator).getByRole('button', { name: 'Share' })).toBeVisible();
  await expect(tools(participant).getByRole('button', { name: 'Share' })).toHaveCount(0);
  await expect(tools(observer).getByRole('button', { name: 'Share' })).toHaveCount(0);

  // Preparation: the participant may already map; the observer waits for Q&A to ask.
  await expect(participant.getByTestId('phase-abilities')).toHaveText(
    'You can edit the map, rate steps and ask questions.',
  );
  await expect(tools(participant).getByRole('button', { name: 'Add step' })).toBeVisible();
  await expect(observer.getByTestId('phase-abilities')).toHaveText('You can watch. Questions open in Q&A.');
  await expect(tools(observer).getByRole('button', { name: 'Add step' })).toHaveCount(0);
  await railButton(observer, 'Workshop').click();
  await expect(observer.getByRole('textbox', { name: 'Your question' })).toHaveCount(0);

  // Q&A: what the line says is what the panel offers.
  await facilitator.getByRole('combobox', { name: 'Workshop phase' }).selectOption('qa');
  await expect(observer.getByTestId('phase-abilities')).toHaveText('You can ask questions.');
  await expect(observer.getByRole('textbox', { name: 'Your question' })).toBeVisible();

  // Locked: the participant's line and toolbar agree.
  await facilitator.getByRole('button', { name: 'Lock board' }).click();
  await expect(participant.getByTestId('phase-abilities')).toHaveText(
    'The board is locked. You can ask questions.',
  );
  await expect(tools(participant).getByRole('button', { name: 'Add step' })).toHaveCount(0);
  for (const page of [facilitator, participant, observer]) await page.context().close();
});

test('in the workshop panel "Votes each" and "Pin to" are named as shown, and Pin to fits the panel', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL ?? '', 'Named as shown');
  const facilitator = await openFresh(browser, board.links.facilitator, 'Fran');
  await railButton(facilitator, 'Workshop').click();
  const panel = facilitator.getByRole('complementary', { name: 'Workshop' });
  const pin = panel.getByRole('combobox', { name: 'Pin to' });
  await expect(pin).toBeVisible();
  const [pinBox, panelBox] = [await pin.boundingBox(), await panel.boundingBox()];
  if (!pinBox || !panelBox) throw new Error('the Q&A panel is not on screen');
  expect(pinBox.x).toBeGreaterThanOrEqual(panelBox.x);
  expect(pinBox.x + pinBox.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);

  await panel.getByRole('tab', { name: 'Voting', exact: true }).click();
  const votes = panel.getByRole('spinbutton', { name: 'Votes each' });
  await expect(votes).toBeVisible();
  await votes.fill('2');
  await expect(votes).toHaveValue('2');
  await facilitator.context().close();
});
