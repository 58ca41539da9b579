import type { Page } from '@playwright/test';
import { seriousViolations as seriousViolationsWithin } from './axe-helpers';
import { outline, outlineRow, tabTo } from './board-helpers';
import { expect } from './fixtures';
import {
  add,
  listNames,
  openStructure,
  outlineStages,
  rename,
  SOON,
  structurePanel,
} from './structure-helpers';
import { test } from './workshop-helpers';

// The facilitator's Board structure panel: stages, channels and lanes added, renamed, reordered and
// removed in one browser, seen live by a participant in another; undo brings a removal back.

test('the facilitator reshapes the board and a participant sees each change live', async ({ workshop }) => {
  test.setTimeout(240_000);
  const fac = (await workshop.join('facilitator', 'Fran Facilitator')).page;
  const par = (await workshop.join('participant', 'Pat Participant')).page;
  await openStructure(fac);
  await openStructure(par);
  const stagesBefore = await outlineStages(par);
  expect(stagesBefore).toEqual(['Something breaks', 'Getting help', 'Resolution', 'Follow-up']);
  expect(await listNames(par, 'Stages')).toEqual(stagesBefore);

  // Add a stage, a channel and a lane.
  await add(fac, 'stage', 'Aftercare');
  await expect(outline(par).getByRole('heading', { level: 3, name: 'Aftercare' })).toBeVisible(SOON);
  await add(fac, 'channel', 'Fax');
  await expect.poll(() => listNames(par, 'Channels'), SOON).toContain('Fax');
  await structurePanel(fac)
    .getByRole('form', { name: 'Add lane' })
    .getByLabel('Kind')
    .selectOption('backstage');
  await add(fac, 'lane', 'Gossip');
  await expect.poll(() => listNames(par, 'Lanes'), SOON).toContain('Gossip');
  await expect(
    structurePanel(par)
      .getByRole('list', { name: 'Lanes' })
      .getByRole('listitem')
      .filter({ hasText: 'Gossip' }),
  ).toContainText('Backstage');

  // Rename each: the outline of the participant shows the new stage title, channel and lane names.
  await rename(fac, 'Rename stage Aftercare', 'Follow-through');
  await expect(outline(par).getByRole('heading', { level: 3, name: 'Follow-through' })).toBeVisible(SOON);
  await rename(fac, 'Rename channel Phone', 'Telephone');
  const phoneStep = outlineRow(par, 'Engineer calls with a workaround');
  await expect(phoneStep).toContainText('Telephone', SOON);
  await rename(fac, 'Rename lane Pain points', 'Frictions');
  await expect(outline(par)).toContainText('Frictions: Bot transcript not passed to the agent', SOON);

  // Escape keeps what was typed, as everywhere on the board; an empty name is refused and the name comes back.
  const faxField = structurePanel(fac).getByRole('textbox', { name: 'Rename channel Fax', exact: true });
  await faxField.fill('Telex');
  await faxField.press('Escape');
  const telexField = structurePanel(fac).getByRole('textbox', { name: 'Rename channel Telex', exact: true });
  await expect(telexField).toHaveValue('Telex');
  await expect(telexField).toBeFocused();
  await expect(structurePanel(fac)).toBeVisible();
  await telexField.fill('Fax');
  await telexField.press('Enter');
  await expect(faxField).toHaveValue('Fax');
  await faxField.fill('   ');
  await faxField.press('Enter');
  await expect(faxField).toHaveValue('Fax');

  // Reorder from the keyboard: focus stays on the pressed button as the row moves.
  const stageUp = structurePanel(fac).getByRole('button', { name: 'Move stage Follow-through up' });
  await stageUp.focus();
  await fac.keyboard.press('Enter');
  await expect
    .poll(() => outlineStages(par), SOON)
    .toEqual(['Something breaks', 'Getting help', 'Resolution', 'Follow-through', 'Follow-up']);
  await expect(stageUp).toBeFocused();
  const faxUp = structurePanel(fac).getByRole('button', { name: 'Move channel Fax up' });
  await faxUp.click();
  await faxUp.click();
  await expect
    .poll(() => listNames(par, 'Channels'), SOON)
    .toEqual(['Email', 'Telephone', 'Self-service portal', 'Website', 'Fax', 'Face-to-face', 'Chat']);
  const laneDown = structurePanel(fac).getByRole('button', { name: 'Move lane Doing down' });
  await laneDown.click();
  await expect
    .poll(async () => (await listNames(par, 'Lanes')).slice(0, 2), SOON)
    .toEqual(['Thinking', 'Doing']);
  await expect(structurePanel(fac).getByRole('button', { name: 'Move lane Thinking up' })).toBeDisabled();

  // Remove the channel Phone: the confirmation says what happens to its card, as the model does it.
  await structurePanel(fac).getByRole('button', { name: 'Remove channel Telephone' }).click();
  const confirm = structurePanel(fac).getByRole('group', { name: 'Remove channel “Telephone”?' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText(
    'Its touchpoint card leaves the board: the step stays, with no channel, and can be given another one.',
  );
  await confirm.getByRole('button', { name: 'Yes, remove channel' }).click();
  await expect(phoneStep).toContainText('No channel', SOON);
  await expect.poll(() => listNames(par, 'Channels'), SOON).not.toContain('Telephone');
  await expect(outlineRow(par, 'Engineer calls with a workaround')).toBeVisible();

  // The facilitator's undo brings the channel back with its card, for the participant too.
  await fac.keyboard.press('Control+z');
  await expect(phoneStep).toContainText('Telephone', SOON);
  await expect.poll(() => listNames(par, 'Channels'), SOON).toContain('Telephone');

  // Remove a stage with steps (they stay, unstaged) and the lane with its note.
  await structurePanel(fac).getByRole('button', { name: 'Remove stage Follow-up' }).click();
  const stageConfirm = structurePanel(fac).getByRole('group', { name: 'Remove stage “Follow-up”?' });
  await expect(stageConfirm).toContainText('Its 2 steps stay on the board, under “Steps without a stage”');
  await stageConfirm.getByRole('button', { name: 'Yes, remove stage' }).click();
  await expect(outline(par).getByRole('heading', { level: 3, name: 'Steps without a stage' })).toBeVisible(
    SOON,
  );
  await expect(outlineRow(par, 'Case closed, survey arrives')).toBeVisible();
  await expect(outline(par).getByRole('heading', { level: 3, name: 'Follow-up' })).toHaveCount(0);

  await structurePanel(fac).getByRole('button', { name: 'Remove lane Frictions' }).click();
  const laneConfirm = structurePanel(fac).getByRole('group', { name: 'Remove lane “Frictions”?' });
  await expect(laneConfirm).toContainText('Its sticky note is deleted.');
  // Cancel first (Escape), then remove for real.
  await fac.keyboard.press('Escape');
  await expect(laneConfirm).toHaveCount(0);
  await expect(structurePanel(fac).getByRole('button', { name: 'Remove lane Frictions' })).toBeFocused();
  await fac.keyboard.press('Enter');
  await laneConfirm.getByRole('button', { name: 'Yes, remove lane' }).click();
  await expect(outline(par)).not.toContainText('Bot transcript not passed to the agent', SOON);
  await expect.poll(() => listNames(par, 'Lanes'), SOON).not.toContain('Frictions');

  // Removing the stage added earlier: it had no steps.
  await structurePanel(fac).getByRole('button', { name: 'Remove stage Follow-through' }).click();
  await expect(
    structurePanel(fac).getByRole('group', { name: 'Remove stage “Follow-through”?' }),
  ).toContainText('It has no steps.');
  await structurePanel(fac).getByRole('button', { name: 'Yes, remove stage' }).click();
  await expect(outline(par).getByRole('heading', { level: 3, name: 'Follow-through' })).toHaveCount(0, SOON);
});

/** How many shapes on the page's canvas are filled with `color` (Konva registers itself as window.Konva). */
function canvasFills(page: Page, color: string): Promise<number> {
  return page.evaluate((wanted) => {
    type Shape = { fill(): unknown };
    const konva = (window as unknown as { Konva?: { stages: { find(selector: string): Shape[] }[] } }).Konva;
    return (konva?.stages ?? [])
      .flatMap((stage) => stage.find('Rect'))
      .filter((shape) => String(shape.fill()).toLowerCase() === wanted).length;
  }, color);
}

/**
 * The icons the page's canvas draws for one channel, as `place:icon` (the row header's, then its
 * cards'): Konva shapes named `channel-icon` carry the icon's name, channel and place.
 */
function canvasIcons(page: Page, channelId: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    type Shape = { getAttr(name: string): unknown; isVisible(): boolean };
    const konva = (window as unknown as { Konva?: { stages: { find(selector: string): Shape[] }[] } }).Konva;
    return (konva?.stages ?? [])
      .flatMap((stage) => stage.find('.channel-icon'))
      .filter((shape) => shape.getAttr('channelId') === wanted && shape.isVisible())
      .map((shape) => `${String(shape.getAttr('place'))}:${String(shape.getAttr('icon'))}`)
      .sort((a, b) => Number(b.startsWith('header')) - Number(a.startsWith('header')));
  }, channelId);
}

function stageDescription(page: Page, stage: string) {
  return outline(page)
    .getByRole('heading', { level: 3, name: stage })
    .locator('xpath=following-sibling::p[contains(@class, "outline__stage-description")]');
}

test('the facilitator recolours a channel, changes its icon and describes a stage; a participant sees each live', async ({
  workshop,
}) => {
  test.setTimeout(180_000);
  const fac = (await workshop.join('facilitator', 'Fran Facilitator')).page;
  const par = (await workshop.join('participant', 'Pat Participant')).page;
  await openStructure(fac);
  await openStructure(par);
  const parPhone = structurePanel(par)
    .getByRole('list', { name: 'Channels' })
    .getByRole('listitem')
    .filter({ hasText: 'Phone' });
  await expect(parPhone).toContainText('Phone icon · 1 card');

  // Colour: the row header and Phone's card on the participant's canvas take the new colour. Zoomed
  // to fit, so no column is culled and the card is drawn.
  await par.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect.poll(() => canvasIcons(par, 'channel-phone')).toEqual(['header:phone', 'card:phone']);
  await expect(par.getByTestId('journey-canvas')).toContainText('Phone (Phone icon)');
  const colour = structurePanel(fac).getByLabel('Colour of channel Phone', { exact: true });
  await expect(colour).toHaveValue('#16a34a');
  await expect.poll(() => canvasFills(par, '#16a34a')).toBeGreaterThanOrEqual(2);
  const phoneShapes = await canvasFills(par, '#16a34a');
  expect(await canvasFills(par, '#c2410c')).toBe(0);
  await colour.fill('#c2410c');
  await expect.poll(() => canvasFills(par, '#c2410c'), SOON).toBe(phoneShapes);
  expect(await canvasFills(par, '#16a34a')).toBe(0);
  await expect(parPhone.locator('.structure-row__swatch')).toHaveCSS('background-color', 'rgb(194, 65, 12)');
  await expect(
    fac.locator('[aria-live]').filter({ hasText: 'Channel “Phone” is now coloured #c2410c.' }),
  ).toHaveCount(1);

  // Icon: chosen from the row, named in the participant's read-only row.
  await structurePanel(fac).getByRole('combobox', { name: 'Icon of channel Phone' }).selectOption('Chat');
  await expect(parPhone).toContainText('Chat icon · 1 card', SOON);
  // The participant's canvas draws it in Phone's pinned row header and on Phone's card, and the
  // canvas's text alternative names it.
  await expect.poll(() => canvasIcons(par, 'channel-phone'), SOON).toEqual(['header:chat', 'card:chat']);
  await expect(par.getByTestId('journey-canvas')).toContainText('Phone (Chat icon)');

  // The facilitator's undo takes back the icon, then the colour, for the participant too.
  await fac.getByRole('button', { name: 'Undo' }).click();
  await expect(parPhone).toContainText('Phone icon · 1 card', SOON);
  await expect.poll(() => canvasIcons(par, 'channel-phone'), SOON).toEqual(['header:phone', 'card:phone']);
  await fac.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => canvasFills(par, '#16a34a'), SOON).toBe(phoneShapes);
  await expect(colour).toHaveValue('#16a34a');

  // Description: Enter starts a new line, Ctrl+Enter saves and keeps focus in the field.
  const description = structurePanel(fac).getByRole('textbox', {
    name: 'Description of stage Getting help',
    exact: true,
  });
  await expect(description).toHaveValue('');
  await expect(stageDescription(par, 'Getting help')).toHaveCount(0);
  await description.click();
  await fac.keyboard.type('The customer reaches out.');
  await fac.keyboard.press('Enter');
  await fac.keyboard.type('Bot first, then a person.');
  await expect(stageDescription(par, 'Getting help')).toHaveCount(0);
  await fac.keyboard.press('Control+Enter');
  await expect(description).toBeFocused();
  await expect(description).toHaveValue('The customer reaches out.\nBot first, then a person.');
  await expect(stageDescription(par, 'Getting help')).toHaveText(
    'The customer reaches out.\nBot first, then a person.',
    SOON,
  );
  // The line break itself arrives (toHaveText compares with whitespace collapsed).
  expect(await stageDescription(par, 'Getting help').evaluate((p) => p.textContent)).toBe(
    'The customer reaches out.\nBot first, then a person.',
  );
  await expect(
    structurePanel(par)
      .getByRole('list', { name: 'Stages' })
      .getByRole('listitem')
      .filter({ hasText: 'Getting help' }),
  ).toContainText('Bot first, then a person.');

  // Escape keeps what was typed and stays in the field; leaving the field saves too.
  await description.fill('Chat first.');
  await description.press('Escape');
  await expect(description).toBeFocused();
  await expect(stageDescription(par, 'Getting help')).toHaveText('Chat first.', SOON);
  await description.fill('Chat, then phone.');
  await description.press('Tab');
  await expect(description).not.toBeFocused();
  await expect(stageDescription(par, 'Getting help')).toHaveText('Chat, then phone.', SOON);
  await expect(stageDescription(fac, 'Getting help')).toHaveText('Chat, then phone.');

  // Clearing it removes the description from the outline.
  await description.fill('');
  await description.press('Control+Enter');
  await expect(stageDescription(par, 'Getting help')).toHaveCount(0, SOON);
});

test('participants and observers read the structure but get no controls to change it', async ({
  workshop,
}) => {
  const members = [
    (await workshop.join('participant', 'Pat Participant')).page,
    (await workshop.join('observer', 'Olga Observer')).page,
  ];
  for (const page of members) {
    await openStructure(page);
    const panel = structurePanel(page);
    await expect(panel).toContainText('Only the facilitator changes the stages, channels and lanes.');
    expect(await listNames(page, 'Channels')).toContain('Phone');
    expect(await listNames(page, 'Lanes')).toContain('Pain points');
    // Each row says what it holds: the steps a stage spans, a channel's cards, a lane's notes.
    const row = (list: string, name: string) =>
      panel.getByRole('list', { name: list }).getByRole('listitem').filter({ hasText: name });
    await expect(row('Stages', 'Something breaks')).toContainText('2 steps');
    await expect(row('Channels', 'Phone')).toContainText('1 card');
    await expect(row('Lanes', 'Pain points')).toContainText('Pain points · 1 note');
    await expect(row('Channels', 'Phone')).toContainText('Phone icon · 1 card');
    await expect(panel.getByRole('textbox')).toHaveCount(0);
    await expect(panel.getByRole('combobox')).toHaveCount(0);
    await expect(panel.getByRole('form')).toHaveCount(0);
    // No colour picker, icon select or description field either (a colour input has no ARIA role).
    await expect(panel.locator('input, select, textarea')).toHaveCount(0);
    await expect(panel.getByLabel('Colour of channel Phone')).toHaveCount(0);
    await expect(panel.getByLabel('Description of stage Getting help')).toHaveCount(0);
    // The only button closes the panel.
    await expect(panel.getByRole('button')).toHaveCount(1);
    await expect(panel.getByRole('button')).toHaveAccessibleName('Close the board structure panel');
  }
});

test('the panel works from the keyboard alone', async ({ workshop }) => {
  const page = (await workshop.join('facilitator', 'Fran Facilitator')).page;
  const toggle = page
    .getByRole('toolbar', { name: 'Board tools' })
    .getByRole('button', { name: 'Board structure' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(structurePanel(page).getByRole('heading', { name: 'Board structure' })).toBeFocused();

  const name = structurePanel(page).getByRole('form', { name: 'Add lane' }).getByLabel('New lane name');
  await tabTo(page, name);
  await page.keyboard.type('Moments of delight');
  await page.keyboard.press('Enter');
  await expect(name).toHaveValue('');
  await expect(name).toBeFocused();
  expect((await listNames(page, 'Lanes')).at(-1)).toBe('Moments of delight');

  const remove = structurePanel(page).getByRole('button', { name: 'Remove lane Moments of delight' });
  // The new row sits just above the form: one step back from its name field reaches its Remove button.
  await page.keyboard.press('Shift+Tab');
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  const confirm = structurePanel(page).getByRole('group', { name: 'Remove lane “Moments of delight”?' });
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Yes, remove lane' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(structurePanel(page).getByRole('heading', { name: /^Lanes/ })).toBeFocused();
  expect(await listNames(page, 'Lanes')).not.toContain('Moments of delight');
  await page.keyboard.press('Control+z');
  await expect.poll(() => listNames(page, 'Lanes')).toContain('Moments of delight');

  await page.getByRole('button', { name: 'Close the board structure panel' }).press('Enter');
  await expect(structurePanel(page)).toHaveCount(0);
  // The keyboard goes back to the toggle, whether the panel is closed with its button or with Escape.
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(structurePanel(page).getByRole('heading', { name: 'Board structure' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(structurePanel(page)).toHaveCount(0);
  await expect(toggle).toBeFocused();
});

test('the open structure panel has no serious accessibility violations', async ({ workshop }) => {
  // Three full axe scans and two people joining: on a loaded 2-core machine that is minutes, not stuck.
  test.slow();
  const page = (await workshop.join('facilitator', 'Fran Facilitator')).page;
  await openStructure(page);
  expect(await seriousViolations(page), 'structure panel').toEqual([]);
  await structurePanel(page).getByRole('button', { name: 'Remove stage Resolution' }).click();
  const confirm = structurePanel(page).getByRole('group', { name: 'Remove stage “Resolution”?' });
  await expect(confirm).toContainText('Its 2 steps stay on the board');
  await confirm.getByRole('checkbox', { name: 'Also delete its 2 steps' }).check();
  await expect(confirm).toContainText('Its 2 steps are deleted, with');
  expect(await seriousViolations(page), 'structure panel with a confirmation').toEqual([]);
  await structurePanel(page).screenshot({ path: test.info().outputPath('structure-panel.png') });
  await structurePanel(page)
    .getByRole('list', { name: 'Channels', exact: true })
    .screenshot({ path: test.info().outputPath('structure-channels.png') });

  const participant = (await workshop.join('participant', 'Pat Participant')).page;
  await openStructure(participant);
  expect(await seriousViolations(participant), 'read-only structure panel').toEqual([]);
});

function seriousViolations(page: Page) {
  return seriousViolationsWithin(page, ['[aria-label="Board tools"]', '.side-panel']);
}
