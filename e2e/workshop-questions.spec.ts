import { askQuestion, readQuestions } from '@journeyboard/journey';
import { expect } from './fixtures';
import { openWorkshopTab, rawClient, test } from './workshop-helpers';

test.describe('questions and answers, personas and the journey frame', () => {
  test.describe.configure({ timeout: 120_000 });

  test('an observer can post a question only during Q&A; participants answer, the facilitator resolves', async ({
    baseURL,
    workshop,
  }) => {
    const { board } = workshop;
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const olga = await workshop.join('observer', 'Olga');
    const forced = await rawClient(baseURL!, board, 'observer', 'questions');
    const watcher = await rawClient(baseURL!, board, 'facilitator', 'questions');
    const asOlga = { authorId: 'olga-raw', authorName: 'Olga raw', role: 'observer' as const };
    try {
      await fay.page.getByRole('combobox', { name: 'Workshop phase' }).selectOption({ label: 'Mapping' });
      await expect(olga.page.getByTestId('questions-closed')).toHaveText('Questions open in the Q&A phase.');
      await expect(olga.page.getByRole('textbox', { name: 'Your question' })).toHaveCount(0);

      // Outside Q&A the relay drops an observer's forced write to the questions document.
      askQuestion(forced.doc, { ...asOlga, text: 'Sneaked in during mapping' }, 'tamper');
      await fay.page.waitForTimeout(1500);
      expect(readQuestions(watcher.doc)).toHaveLength(0);
      await expect(fay.page.getByText('Sneaked in during mapping')).toHaveCount(0);

      await fay.page.getByRole('combobox', { name: 'Workshop phase' }).selectOption({ label: 'Q&A' });
      const composer = olga.page.getByRole('form', { name: 'Ask a question' });
      await expect(composer).toBeVisible();
      const question = 'Why does escalation take days?';
      await composer.getByRole('textbox', { name: 'Your question' }).fill(question);
      await composer
        .getByRole('combobox', { name: 'Pin to' })
        .selectOption({ label: 'Step: Waits while the case is escalated' });
      await composer.getByRole('button', { name: 'Post question' }).click();
      await expect.poll(() => readQuestions(watcher.doc).map((q) => q.text)).toContain(question);
      // The button is disabled once the field is empty: the keyboard goes back to the field, ready for the next.
      await expect(composer.getByRole('textbox', { name: 'Your question' })).toBeFocused();

      for (const m of [fay, ann, olga]) {
        const item = m.page.getByTestId('question').filter({ hasText: question });
        await expect(item).toContainText('Olga (observer) · Step: Waits while the case is escalated');
      }
      // Observers ask; they neither answer nor resolve.
      await expect(olga.page.getByRole('textbox', { name: `Answer to: ${question}` })).toHaveCount(0);
      await expect(olga.page.getByRole('button', { name: `Mark resolved: ${question}` })).toHaveCount(0);
      await expect(ann.page.getByRole('button', { name: `Mark resolved: ${question}` })).toHaveCount(0);

      await ann.page
        .getByRole('textbox', { name: `Answer to: ${question}` })
        .fill('Tier 2 looks at the queue once a day.');
      await ann.page.getByRole('button', { name: 'Answer', exact: true }).click();
      await expect(ann.page.getByRole('textbox', { name: `Answer to: ${question}` })).toBeFocused();
      for (const m of [fay, olga]) {
        await expect(m.page.getByTestId('question').filter({ hasText: question })).toContainText(
          'Ann: Tier 2 looks at the queue once a day.',
        );
      }

      await fay.page.getByRole('button', { name: `Mark resolved: ${question}` }).click();
      for (const m of [ann, olga]) {
        await expect(m.page.getByTestId('question').filter({ hasText: question })).toContainText(
          '· resolved',
        );
      }

      await fay.page.getByRole('combobox', { name: 'Workshop phase' }).selectOption({ label: 'Wrap-up' });
      await expect(olga.page.getByTestId('questions-closed')).toBeVisible();
      askQuestion(forced.doc, { ...asOlga, text: 'Sneaked in after Q&A' }, 'tamper');
      await fay.page.waitForTimeout(1500);
      expect(readQuestions(watcher.doc).map((q) => q.text)).toEqual([question]);
    } finally {
      forced.close();
      watcher.close();
    }
  });

  test('the facilitator frames the journey and picks its persona; everyone sees it', async ({ workshop }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const olga = await workshop.join('observer', 'Olga');

    await openWorkshopTab(fay.page, 'Journey');
    const title = fay.page.getByRole('textbox', { name: 'Journey title' });
    await title.fill('Getting a broken export fixed');
    await title.press('Enter');
    // Saved, and the keyboard stays in the field (it was dropped on the page's body).
    await expect(title).toBeFocused();
    await fay.page.getByRole('textbox', { name: 'Scope starts at' }).fill('Export fails');
    await fay.page.getByRole('textbox', { name: 'Scope starts at' }).press('Tab');
    await fay.page.getByRole('textbox', { name: 'Scope ends at' }).fill('Fix confirmed');
    await fay.page.getByRole('textbox', { name: 'Scope ends at' }).press('Enter');
    await fay.page.getByRole('combobox', { name: 'Target experience score' }).selectOption('7');
    for (const m of [ann, olga]) {
      await openWorkshopTab(m.page, 'Journey');
      const frame = m.page.getByRole('region', { name: 'Journey', exact: true });
      await expect(frame.getByRole('heading', { level: 2 })).toHaveText('Getting a broken export fixed');
      await expect(frame).toContainText('Export fails → Fix confirmed');
      await expect(frame).toContainText('7/10');
      await expect(m.page.getByRole('textbox', { name: 'Journey title' })).toHaveCount(0);
    }

    await openWorkshopTab(fay.page, 'Personas');
    await fay.page.getByRole('button', { name: 'Add persona' }).click();
    const card = fay.page.getByRole('listitem', { name: 'Persona New persona' });
    const name = card.getByRole('textbox', { name: 'Name' });
    await name.fill('Priya');
    await name.press('Enter');
    const priya = fay.page.getByRole('listitem', { name: 'Persona Priya' });
    await priya.getByRole('textbox', { name: 'Job' }).fill('Data analyst');
    await priya.getByRole('textbox', { name: 'Quote' }).fill('I just need my report.');
    await priya
      .getByRole('textbox', { name: 'Goals (one per line)' })
      .fill('Send the weekly report\nNot repeat myself');
    await priya.getByRole('checkbox', { name: 'Chat' }).check();
    // The card uses the panel's width (no list indent), each channel's box on the line of its name.
    const panelBox = (await fay.page.getByRole('tabpanel', { name: 'Personas' }).boundingBox())!;
    expect((await priya.boundingBox())!.x - panelBox.x).toBeLessThan(20);
    const [email, phone] = [
      (await priya.getByRole('checkbox', { name: 'Email' }).boundingBox())!,
      (await priya.getByRole('checkbox', { name: 'Phone' }).boundingBox())!,
    ];
    expect(phone.x).toBeCloseTo(email.x, 0);
    await priya.getByRole('combobox', { name: 'Avatar of Priya' }).selectOption('Office worker');
    await priya.getByRole('button', { name: 'Map this journey for Priya' }).click();

    await openWorkshopTab(olga.page, 'Personas');
    const seen = olga.page.getByRole('listitem', { name: 'Persona Priya' });
    await expect(seen).toContainText('Data analyst');
    await expect(seen).toContainText('“I just need my report.”');
    await expect(seen).toContainText('Not repeat myself');
    await expect(seen).toContainText('Prefers: Chat');
    await expect(seen).toContainText('This journey’s persona');
    await expect(seen.getByRole('textbox')).toHaveCount(0);
    await expect(ann.page.getByTestId('journey-persona')).toHaveText('For Priya, Data analyst');
    // The avatar is an icon shipped with the app, not an emoji the machine may lack.
    await expect(ann.page.getByTestId('journey-persona').locator('svg')).toHaveCount(1);
  });
});
