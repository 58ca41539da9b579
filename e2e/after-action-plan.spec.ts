import { readFile } from 'node:fs/promises';
import { createBoardViaStartPage, expectConnected, outlineStep } from './board-helpers';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1600, height: 900 } });

test('an opportunity made from a pain point in one click shows up in the action plan, editable and exportable', async ({
  page,
}) => {
  await createBoardViaStartPage(page, 'Action plan', /onboarding/i);
  await expectConnected(page);
  await page.getByRole('button', { name: 'After the workshop' }).click();
  const panel = page.getByRole('complementary', { name: 'After the workshop' });
  await panel.getByRole('tab', { name: 'Action plan' }).click();

  const painPoints = panel.getByRole('list', { name: 'Pain points' });
  const pain = painPoints.getByRole('listitem').first();
  await expect(pain).toBeVisible();
  const create = pain.getByRole('button', { name: /^Create an opportunity from the note/ });
  const noteText = ((await create.getAttribute('aria-label')) ?? '')
    .replace(/^.*the note “/, '')
    .replace(/”$/, '');
  await create.click();

  const table = panel.getByRole('table', { name: 'Action plan' });
  const title = table.getByRole('textbox', { name: /^Title of Improve: / }).first();
  await expect(title).toBeFocused();
  await expect(title).toHaveValue(
    new RegExp(`^Improve: ${noteText.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  await expect(pain).toContainText('Linked to an opportunity');
  // The link shows on the canvas: a bulb badge on the note and its step's card (the canvas draws only
  // what is on screen, so at least one of them).
  await expect
    .poll(() =>
      page.evaluate(() => {
        type Node = unknown;
        const konva = (window as unknown as { Konva?: { stages: { find(selector: string): Node[] }[] } })
          .Konva;
        return (konva?.stages ?? []).flatMap((stage) => stage.find('.opportunity-badge')).length;
      }),
    )
    .toBeGreaterThanOrEqual(1);

  // Inline edits: title, owner, a past deadline (overdue stands out), priority, votes.
  await title.fill('Laptop ready on day one');
  await title.press('Enter');
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('textbox', { name: 'Title of Laptop ready on day one' }) });
  const owner = row.getByRole('textbox', { name: 'Owner of Laptop ready on day one' });
  await owner.fill('IT service desk');
  // Escape keeps what was typed and the keyboard stays in the field (it was lost to the page's body).
  await owner.press('Escape');
  await expect(owner).toBeFocused();
  await expect(owner).toHaveValue('IT service desk');
  await row.getByLabel('Deadline of Laptop ready on day one').fill('2020-01-31');
  await row.getByLabel('Deadline of Laptop ready on day one').press('Enter');
  await expect(row).toContainText('Overdue');
  await row.getByRole('combobox', { name: 'Priority of Laptop ready on day one' }).selectOption('high');
  await row.getByRole('combobox', { name: 'Status of Laptop ready on day one' }).selectOption('planned');
  await row.getByRole('spinbutton', { name: 'Votes for Laptop ready on day one' }).fill('7');
  await row.getByRole('spinbutton', { name: 'Votes for Laptop ready on day one' }).press('Enter');

  // Every column fits the 520 px panel at once (stacked, a block of fields per action): nothing scrolls
  // sideways, and each of the row's fields lies inside the panel.
  const wrap = panel.locator('.after-table-wrap');
  expect(await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  const inside = (await panel.boundingBox())!;
  for (const field of await row.locator('input, select, button').all()) {
    const box = (await field.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(inside.x);
    expect(box.x + box.width).toBeLessThanOrEqual(inside.x + inside.width);
  }

  // Sort by votes (descending first): our 7 votes come first.
  await table.getByRole('button', { name: 'Votes' }).click();
  await expect(table.getByRole('columnheader', { name: /Votes/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(1).getByRole('textbox').first()).toHaveValue(
    'Laptop ready on day one',
  );

  // Filters.
  await panel.getByRole('checkbox', { name: 'Overdue only' }).check();
  await expect(table.getByRole('row')).toHaveCount(2);
  await panel.getByRole('checkbox', { name: 'Overdue only' }).uncheck();
  await panel.getByRole('searchbox', { name: 'Filter actions by text' }).fill('no such action anywhere');
  await expect(table).toContainText('No action matches the filter.');
  await panel.getByRole('searchbox', { name: 'Filter actions by text' }).fill('');

  // CSV export of the action plan.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export action plan CSV' }).click(),
  ]);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'Action,Description,Steps,Owner,Deadline,Priority,Status,Votes',
  );
  expect(csv).toContain('Laptop ready on day one');
  expect(csv).toContain('IT service desk,2020-01-31,high,planned,7');

  // From a step, in one gesture: select it (here in the outline), then the toolbar's bulb button.
  await outlineStep(page, 'Applies online').click();
  await page
    .getByRole('toolbar', { name: 'Board tools' })
    .getByRole('button', { name: 'Create an opportunity from the step “Applies online”' })
    .click();
  const fromStep = table.getByRole('row').filter({ hasText: 'Applies online' });
  await expect(fromStep.getByRole('textbox', { name: 'Title of Improve: Applies online' })).toBeVisible();
});
