import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  addStepWithTitle,
  createBoardViaStartPage,
  expectConnected,
  joinInNewContext,
  outline,
  outlineRow,
  outlineStep,
  spoken,
} from './board-helpers';
import { expect, test } from './fixtures';

/**
 * Someone present on the board without a browser: a y-websocket client on the content document that
 * publishes a participant's presence, as a crowd of workshop customers would.
 */
function rawParticipant(baseURL: string, participantLink: string, name: string, index: number) {
  const url = new URL(participantLink);
  const boardId = url.pathname.split('/').pop() ?? '';
  const provider = new WebsocketProvider(
    `${baseURL.replace(/^http/, 'ws')}/sync`,
    `${boardId}/content`,
    new Y.Doc(),
    {
      params: { key: url.hash.replace(/^#key=/, '') },
      disableBc: true,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    },
  );
  provider.awareness.setLocalStateField('user', {
    id: `raw-${index}`,
    name,
    color: '#0f766e',
    role: 'participant',
  });
  return provider;
}

test('a participant edits and the facilitator sees each change within a second', async ({
  page,
  browser,
  baseURL,
}) => {
  const { links } = await createBoardViaStartPage(page, 'Live editing', /blank/i);
  await expectConnected(page);
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');

  // Add a step and name it.
  await addStepWithTitle(participant.page, 'Receives the welcome email');
  await expect(outlineStep(page, 'Receives the welcome email')).toBeVisible({ timeout: 1_000 });

  // Edit its fields in the inspector: channel (which row its card sits in). The consensus score is the
  // facilitator's: a participant reads it and gets no control for it (they rate in their own scale).
  const form = participant.page.getByRole('form', { name: 'Edit step' });
  await form.getByLabel('Channel').selectOption({ index: 1 });
  const channelName = (await form.getByLabel('Channel').locator('option:checked').textContent()) ?? '';
  await expect(form.getByRole('radiogroup', { name: /^Consensus score/ })).toHaveCount(0);
  await expect(form.getByRole('region', { name: 'Consensus score (facilitator)' })).toContainText('not set');
  await form.getByLabel('Owner').fill('HR');
  await form.getByLabel('Owner').press('Enter');

  const row = outlineRow(page, 'Receives the welcome email');
  await expect(row).toContainText(channelName, { timeout: 1_000 });
  await expect(row).toContainText('Consensus score: not set', { timeout: 1_000 });

  // Rename it; the facilitator's inspector shows the live value too.
  await outlineStep(page, 'Receives the welcome email').click();
  await expect(page.getByRole('form', { name: 'Edit step' }).getByLabel('Owner')).toHaveValue('HR');
  await form.getByLabel('Title', { exact: true }).fill('Opens the welcome email');
  await form.getByLabel('Title', { exact: true }).press('Enter');
  await expect(outlineStep(page, 'Opens the welcome email')).toBeVisible({ timeout: 1_000 });
  await expect(
    page.getByRole('form', { name: 'Edit step' }).getByLabel('Title', { exact: true }),
  ).toHaveValue('Opens the welcome email');

  // And the facilitator's own edits reach the participant the same way.
  await addStepWithTitle(page, 'Gets a laptop');
  await expect(outlineStep(participant.page, 'Gets a laptop')).toBeVisible({ timeout: 1_000 });
  await participant.context.close();
});

test('an observer sees everything live and cannot change anything', async ({ page, browser, baseURL }) => {
  const { links } = await createBoardViaStartPage(page, 'Observed board');
  await expectConnected(page);
  const observer = await joinInNewContext(browser, baseURL ?? '', links.observer, 'Olga Observer');
  const view = observer.page;

  await expect(view.getByText('View only')).toBeVisible();
  const stepCount = await outline(page)
    .getByRole('button', { name: /^Step \d+: / })
    .count();
  expect(stepCount).toBeGreaterThan(0);
  await expect(outline(view).getByRole('button', { name: /^Step \d+: / })).toHaveCount(stepCount);

  // No editing affordances: no add, undo, redo, edit, move or delete, and the inspector is text.
  for (const name of ['Add step', 'Undo', 'Redo']) {
    await expect(view.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(view.getByRole('button', { name: /^Add step/ })).toHaveCount(0);
  await expect(outline(view).getByRole('button', { name: /^(Edit|Delete|Move) / })).toHaveCount(0);
  await outline(view)
    .getByRole('button', { name: /^Step 1: / })
    .first()
    .click();
  const inspector = view.getByRole('region', { name: 'Step details' });
  await expect(inspector.getByRole('textbox')).toHaveCount(0);
  await expect(inspector.getByRole('combobox')).toHaveCount(0);
  await expect(inspector.getByText('Moment of truth')).toBeVisible();
  // Keyboard shortcuts do nothing either.
  await view.keyboard.press('Control+z');

  // Still live: the facilitator's change arrives.
  await addStepWithTitle(page, 'Facilitator adds this');
  await expect(outlineStep(view, 'Facilitator adds this')).toBeVisible({ timeout: 1_000 });
  await expect(outline(view).getByRole('button', { name: /^Step \d+: / })).toHaveCount(stepCount + 1);
  await observer.context.close();
});

test('a locked board tells participants why they cannot edit', async ({ page, browser, baseURL }) => {
  const { links } = await createBoardViaStartPage(page, 'Locked board', /blank/i);
  await expectConnected(page);
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  await expect(participant.page.getByRole('button', { name: 'Add step', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Lock board' }).click();
  // The button now says what pressing it does: an action button, not a toggle, and the change is spoken.
  const unlock = page.getByRole('button', { name: 'Unlock board' });
  await expect(unlock).toBeFocused();
  await expect(unlock).not.toHaveAttribute('aria-pressed');
  await expect(page.getByRole('button', { name: 'Lock board', exact: true })).toHaveCount(0);
  await expect(spoken(page, /^Board locked: participants cannot edit\.$/)).toHaveCount(1);
  await expect(participant.page.getByText(/Locked by the facilitator/)).toBeVisible({ timeout: 2_000 });
  await expect(participant.page.getByRole('button', { name: /^Add step/ })).toHaveCount(0);
  // The facilitator can still edit.
  await addStepWithTitle(page, 'Only the facilitator');

  await unlock.click();
  await expect(page.getByRole('button', { name: 'Lock board' })).toBeFocused();
  await expect(spoken(page, /^Board unlocked: participants can edit\.$/)).toHaveCount(1);
  await expect(participant.page.getByRole('button', { name: 'Add step', exact: true })).toBeVisible({
    timeout: 2_000,
  });
  await participant.context.close();
});

test('presence lists the others with their roles and counts observers', async ({
  page,
  browser,
  baseURL,
}) => {
  const { links } = await createBoardViaStartPage(page, 'Who is here');
  await expectConnected(page);
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  const observer = await joinInNewContext(browser, baseURL ?? '', links.observer, 'Olga Observer');
  const people = page.getByRole('region', { name: 'People on this board' });
  await expect(people.getByRole('button', { name: 'Follow Pat Participant, Participant' })).toBeVisible();
  await expect(people).toContainText('1 observer');
  await expect(people).not.toContainText('Olga');
  const seenByParticipant = participant.page.getByRole('region', { name: 'People on this board' });
  await expect(
    seenByParticipant.getByRole('button', { name: 'Follow Fran Facilitator, Facilitator' }),
  ).toBeVisible();

  // A crowd: past three others the header shows them as avatars (named to screen readers and on
  // hover), so the board's title, the connection and the language picker keep their places.
  const crowd = ['Ravi Raw', 'Sam Raw', 'Tess Raw'].map((name, index) =>
    rawParticipant(baseURL ?? '', links.participant, name, index),
  );
  await expect(people.getByRole('button', { name: 'Follow Tess Raw, Participant' })).toBeVisible();
  await expect(people.getByText('Tess Raw', { exact: true })).toBeHidden();
  await expect(people.getByText('Fran Facilitator (you)')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is here' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByLabel('Language')).toBeInViewport({ ratio: 1 });
  for (const provider of crowd) provider.destroy();
  await expect(people.getByText('Pat Participant', { exact: true })).toBeVisible();

  // Clicking someone follows their view; clicking again stops.
  const follow = people.getByRole('button', { name: /Follow Pat Participant/ });
  await follow.click();
  await expect(
    people.getByRole('button', { name: 'Stop following Pat Participant, Participant' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await people.getByRole('button', { name: /Stop following Pat Participant/ }).click();

  // Leaving removes them from the list.
  await observer.context.close();
  await expect(people).toContainText('0 observers', { timeout: 5_000 });
  await participant.context.close();
  await expect(people.getByRole('button', { name: /Pat Participant/ })).toHaveCount(0, { timeout: 5_000 });
});
