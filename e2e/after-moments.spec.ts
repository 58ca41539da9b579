import { createBoardViaStartPage, expectConnected, joinInNewContext, outline } from './board-helpers';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1600, height: 900 } });

test('the facilitator accepts a suggested moment of truth, dismisses another and flags a step by hand', async ({
  page,
  browser,
  baseURL,
}) => {
  const { links } = await createBoardViaStartPage(page, 'Moments of truth', /onboarding/i);
  await expectConnected(page);
  await page.getByRole('button', { name: 'After the workshop' }).click();
  const panel = page.getByRole('complementary', { name: 'After the workshop' });
  await expect(panel.getByRole('tab', { name: 'Moments of truth' })).toHaveAttribute('aria-selected', 'true');

  const suggestions = panel.getByRole('list', { name: 'Suggested moments of truth' });
  await expect(suggestions.getByRole('listitem').first()).toBeVisible();
  // Every suggestion explains itself.
  await expect(suggestions.getByRole('listitem').first()).toContainText(
    /point of the journey|Steep (drop|rise)/,
  );
  const flagged = panel.getByRole('list', { name: 'Flagged moments of truth' });
  const before = await flagged.getByRole('listitem').count();

  const first = suggestions.getByRole('listitem').first();
  const accept = first.getByRole('button', { name: /^Accept .* as a moment of truth$/ });
  const acceptName = (await accept.getAttribute('aria-label')) ?? '';
  const stepTitle = acceptName.replace(/^Accept /, '').replace(/ as a moment of truth$/, '');
  await accept.click();
  await expect(flagged.getByRole('listitem')).toHaveCount(before + 1);
  await expect(flagged).toContainText(stepTitle);

  // Dismissing takes a suggestion off the list for everyone.
  const remaining = await suggestions.getByRole('listitem').count();
  if (remaining > 0) {
    await suggestions
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^Dismiss/ })
      .click();
    await expect(suggestions.getByRole('listitem')).toHaveCount(remaining - 1);
  }

  // By hand: any step.
  const picker = panel.getByRole('combobox', { name: 'Step to flag as a moment of truth' });
  const option = picker.locator('option').nth(1);
  const handTitle = (await option.textContent()) ?? '';
  await picker.selectOption({ index: 1 });
  await panel.getByRole('button', { name: 'Flag', exact: true }).click();
  await expect(flagged).toContainText(handTitle);
  await expect(flagged.getByRole('listitem').filter({ hasText: handTitle })).toContainText('Flagged by hand');

  // The canvas marks flagged steps' cards (Konva text nodes of the live stage).
  await expect
    .poll(() =>
      page.evaluate(() => {
        type Node = { text(): string };
        const konva = (window as unknown as { Konva?: { stages: { find(selector: string): Node[] }[] } })
          .Konva;
        return (konva?.stages ?? [])
          .flatMap((stage) => stage.find('Text'))
          .filter((t) => t.text() === '★ Moment of truth').length;
      }),
    )
    .toBeGreaterThan(0);

  // The flag is on the board itself: a participant sees it in the outline (and the canvas marks it).
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  await expect(
    outline(participant.page).getByRole('listitem').filter({ hasText: handTitle }).first(),
  ).toContainText('moment of truth');
  // Participants see the list but not the facilitator's verdict buttons.
  await participant.page.getByRole('button', { name: 'After the workshop' }).click();
  const theirs = participant.page.getByRole('complementary', { name: 'After the workshop' });
  await expect(theirs.getByRole('list', { name: 'Flagged moments of truth' })).toContainText(handTitle);
  await expect(theirs.getByRole('button', { name: /^Accept / })).toHaveCount(0);
  await participant.context.close();
});
