import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';
import { type Member, test } from './workshop-helpers';

/** A customer's phone: a small touch screen of its own (its own cookies, like another person). */
async function phone(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  return { context, page: await context.newPage() };
}

/** Ticks each step and gives it its score, as a customer does on the page. */
async function answer(page: Page, scores: Record<string, number>, comment = '') {
  for (const [title, score] of Object.entries(scores)) {
    await page.getByRole('checkbox', { name: title, exact: true }).check();
    const scale = page.getByRole('radiogroup', { name: `How was “${title}”?` });
    await scale.getByRole('radio', { name: new RegExp(`^${score} of 10, `) }).check();
  }
  if (comment) await page.getByLabel('Anything you want to tell us? (optional)').fill(comment);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  // The keyboard lands on the thanks, not on the page's body (the Send button it was on is gone).
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeFocused();
}

async function openFeedbackPanel(fay: Member) {
  await fay.page.getByRole('button', { name: 'Customer feedback' }).click();
  return fay.page.getByRole('complementary', { name: 'Customer feedback' });
}

test.describe('customers close the loop', () => {
  // Generous: a loaded CI machine (or this one, shared) can take seconds per click; nothing waits for time.
  test.describe.configure({ timeout: 480_000 });

  test('three phones rate steps; both boards show the measured curve and n; the comment waits; a rotated or closed link refuses', async ({
    workshop,
    browser,
  }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    fay.page.on('dialog', (dialog) => void dialog.accept());

    // The facilitator opens a feedback link for the journey, with its QR code.
    const panel = await openFeedbackPanel(fay);
    await panel.getByRole('button', { name: 'Create feedback link' }).click();
    await expect(panel.getByText('Open: customers can answer.')).toBeVisible();
    await expect(panel.getByRole('img', { name: /QR code of the feedback link/ })).toBeVisible();
    const link = await panel.getByLabel('Link for customers').inputValue();
    expect(link).toMatch(/\/f\/[A-Za-z0-9_-]{22}$/);

    // Three customers answer on their phones; the steps come in the journey's order, in plain words.
    const phones = [await phone(browser), await phone(browser), await phone(browser)];
    for (const p of phones) await p.page.goto(link, { waitUntil: 'domcontentloaded' });
    const steps = phones[0]!.page
      .getByRole('group', { name: 'Which steps did you go through?' })
      .getByRole('checkbox');
    await expect(steps.first()).toBeVisible();
    const titles = (
      await phones[0]!.page
        .getByRole('group', { name: 'Which steps did you go through?' })
        .locator('label')
        .allTextContents()
    ).map((t) => t.trim());
    expect(titles.length).toBeGreaterThan(2);
    const [first, second] = titles as [string, string];
    const comment = '<b>The queue</b> took 40 minutes & nobody called back';
    // Sending nothing says what is missing; once it is given, the page stops saying it.
    await phones[0]!.page.getByRole('button', { name: 'Send my answers' }).click();
    const missing = phones[0]!.page.getByRole('alert');
    await expect(missing).toHaveText('Tick at least one step you went through.');
    await phones[0]!.page.getByRole('checkbox', { name: first, exact: true }).check();
    await expect(missing).toHaveText(`Give “${first}” a score from 1 to 10, or untick it.`);
    await phones[0]!.page
      .getByRole('radiogroup', { name: `How was “${first}”?` })
      .getByRole('radio', { name: /^2 of 10, / })
      .check();
    await expect(missing).toBeHidden();
    // A pasted comment over the limit is kept whole (nothing cut silently); sending says it is too long.
    const commentField = phones[0]!.page.getByLabel('Anything you want to tell us? (optional)');
    await commentField.focus();
    await phones[0]!.page.keyboard.insertText('a'.repeat(1050));
    await expect(commentField).toHaveValue('a'.repeat(1050));
    await phones[0]!.page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(missing).toHaveText('The comment is too long (at most 1000 characters).');
    await answer(phones[0]!.page, { [first]: 2, [second]: 6 }, comment);
    await answer(phones[1]!.page, { [first]: 3 });
    await answer(phones[2]!.page, { [first]: 4, [second]: 8 });
    await phones[0]!.page.screenshot({ path: 'test-results/feedback-phone-thanks.png' });

    // Both boards show the measured figures live: the facilitator's panel and the participant's inspector.
    const table = panel.getByRole('table');
    await expect(table.getByRole('row', { name: new RegExp(`^${first}`) })).toContainText('3 (median 3)');
    await expect(panel.getByText('3 responses in all.')).toBeVisible();
    await ann.page.getByRole('button', { name: `Step 1: ${first}` }).click();
    const measured = ann.page.getByRole('region', { name: 'Measured by customers' });
    await expect(measured).toContainText('Mean 3, median 3, middle half 2.5–3.5 · n = 3');
    await ann.page.screenshot({ path: 'test-results/feedback-participant-board.png' });

    // The comment waits for the facilitator only, as plain text.
    const pending = panel.getByRole('listitem').filter({ hasText: 'nobody called back' });
    await expect(pending.getByText(comment, { exact: true })).toBeVisible();
    await expect(ann.page.getByText('nobody called back')).toHaveCount(0);
    await fay.page.screenshot({ path: 'test-results/feedback-facilitator-board.png' });
    // Accepted, it becomes a note in the Pain points lane of the step its author rated lowest.
    await pending.getByRole('button', { name: 'Accept as note' }).click();
    await expect(panel.getByRole('heading', { name: 'Pending comments (0)' })).toBeVisible();
    // Ann sees it in her outline, as the text of a Pain points note of that step.
    await expect(
      ann.page
        .getByRole('region', { name: 'Journey outline' })
        .locator('.outline-note__text')
        .filter({ hasText: `Pain points: ${comment}` }),
    ).toHaveCount(1);

    // A customer can change their answer: it replaces the earlier one (n stays 3).
    await phones[1]!.page.getByRole('button', { name: 'Change my answers' }).click();
    await expect(phones[1]!.page.getByRole('heading', { name: 'How did it go?' })).toBeFocused();
    await phones[1]!.page
      .getByRole('radiogroup', { name: `How was “${first}”?` })
      .getByRole('radio', { name: '9 of 10, Delighted' })
      .check();
    await phones[1]!.page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(phones[1]!.page.getByText('Your answers were updated.')).toBeVisible();
    await expect(measured).toContainText('n = 3');
    await expect(measured).toContainText('Mean 5,');

    // Rotating the link: the old address refuses with a clear page.
    await panel.getByRole('button', { name: 'New link (rotate)' }).click();
    await expect(panel.getByLabel('Link for customers')).not.toHaveValue(link);
    const rotatedLink = await panel.getByLabel('Link for customers').inputValue();
    const late = await phone(browser);
    await late.page.goto(link, { waitUntil: 'domcontentloaded' });
    await expect(late.page.getByRole('heading', { name: 'This feedback link was replaced' })).toBeVisible();
    // Closing it: the new address refuses too.
    await panel.getByRole('button', { name: 'Close link' }).click();
    await expect(panel.getByRole('button', { name: 'Create feedback link' })).toBeVisible();
    await late.page.goto(rotatedLink, { waitUntil: 'domcontentloaded' });
    await expect(late.page.getByRole('heading', { name: 'This feedback link is closed' })).toBeVisible();
    await late.page.screenshot({ path: 'test-results/feedback-phone-closed.png' });
    // A phone that had the form open when the link closed is told so when it sends.
    await phones[2]!.page.getByRole('button', { name: 'Change my answers' }).click();
    await phones[2]!.page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(
      phones[2]!.page.getByRole('heading', { name: /This feedback link (is closed|was replaced)/ }),
    ).toBeVisible();

    for (const p of [...phones, late]) await p.context.close();
  });
});

/** A Zendesk-style export of `rows` tickets over two categories, commas, ISO dates, UTF-8 with a BOM. */
function ticketCsv(rows: number, categories: readonly string[]): Buffer {
  const lines = ['Ticket ID,Category,Via,Created at,First reply time,Solved at,Satisfaction'];
  const start = Date.UTC(2026, 2, 1);
  for (let i = 0; i < rows; i++) {
    const opened = start + (i % 60) * 3_600_000 * 11;
    const iso = (at: number) => new Date(at).toISOString().slice(0, 19).replace('T', ' ');
    lines.push(
      [
        i,
        categories[i % categories.length],
        i % 2 ? 'chat' : 'phone',
        iso(opened),
        iso(opened + 1_800_000),
        iso(opened + 7_200_000),
        i % 3 ? 'good' : 'bad',
      ].join(','),
    );
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\n'), 'utf8')]);
}

test('a 50,000-row ticket export imports with progress into figures per step; a malformed one names its line and column', async ({
  workshop,
}) => {
  test.setTimeout(480_000);
  const fay = await workshop.join('facilitator', 'Fay');
  const panel = await openFeedbackPanel(fay);
  await panel.getByRole('button', { name: 'Import service-desk CSV' }).click();
  const fileInput = panel.getByLabel(/CSV export/);

  // A broken date on line 3: refused whole, naming where.
  await fileInput.setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Category;Created at\nPassword;01-03-2026\nPassword;31-02-2026\n'),
  });
  await panel.getByLabel('Step for category Password').selectOption({ index: 1 });
  await panel.getByRole('button', { name: 'Import tickets' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    'Line 3, column “Created at”: “31-02-2026” is not a date (expected dd-mm-yyyy or yyyy-mm-dd). Nothing was imported.',
  );

  // The big one: parsed and checked in a worker while the page stays responsive.
  await fileInput.setInputFiles({
    name: 'tickets.csv',
    mimeType: 'text/csv',
    buffer: ticketCsv(50_000, ['Report export', 'Help centre']),
  });
  await expect(panel.getByText(/50000 rows, utf-8-bom, separated by comma\./)).toBeVisible();
  await expect(panel.getByRole('table', { name: 'The first rows' })).toBeVisible();
  const first = await panel
    .getByLabel('Step for category Report export')
    .locator('option')
    .nth(1)
    .textContent();
  await panel.getByLabel('Step for category Report export').selectOption({ index: 1 });
  await panel.getByRole('button', { name: 'Import tickets' }).click();
  await expect(
    panel.getByText(/Imported 50000 tickets into 1 steps for 2026-03; 25000 matched no step\./),
  ).toBeVisible();
  await fay.page.getByRole('button', { name: `Step 1: ${first}` }).click();
  await expect(fay.page.getByRole('region', { name: 'Service desk' })).toContainText(
    '2026-03: 25000 tickets, first response 30 min, resolved in 2 h (medians), CSAT',
  );

  // The board shows them too, with their month: for keyboard and screen-reader users in the step's
  // outline row and the canvas's text alternative, and drawn on the canvas under the emotion curve.
  const outlineStep = fay.page
    .getByRole('region', { name: 'Journey outline' })
    .getByRole('listitem')
    .filter({ has: fay.page.getByRole('button', { name: `Step 1: ${first}` }) });
  await expect(outlineStep).toContainText(
    'Service desk, 2026-03: 25,000 tickets, median wait for a first response 30 min, median resolution 2 h, CSAT 66.7%',
  );
  await expect(fay.page.getByRole('application', { name: 'Journey map canvas' })).toContainText(
    'Under the emotion curve, service-desk figures of 1 step (latest month 2026-03)',
  );
  await expect
    .poll(() => canvasTexts(fay.page))
    .toEqual(
      expect.arrayContaining([
        'Service desk · 2026-03',
        '25,000 tickets · CSAT 66.7%',
        'Median wait 30 min',
        'Median resolution 2 h',
      ]),
    );
  await fay.page.screenshot({ path: 'test-results/feedback-service-desk-board.png' });
});

/** Every text the journey canvas draws, from Konva's own nodes. */
async function canvasTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Stage = { container(): HTMLElement; find(selector: string): { text(): string }[] };
    const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva;
    const stage = konva?.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'));
    return stage ? stage.find('Text').map((node) => node.text()) : [];
  });
}
