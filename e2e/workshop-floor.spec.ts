import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { canvasBox, namesOnCanvas } from './viewport-helpers';
import { openWorkshopTab, test } from './workshop-helpers';

test('the facilitator gives an observer who asked the floor: everyone sees their pointer until it is taken back', async ({
  workshop,
}) => {
  const fay = await workshop.join('facilitator', 'Fay');
  const pat = await workshop.join('participant', 'Pat');
  const olga = await workshop.join('observer', 'Olga');
  await fay.page.getByRole('combobox', { name: 'Workshop phase' }).selectOption({ label: 'Q&A' });

  const question = 'Who decides when a case is escalated?';
  await openWorkshopTab(olga.page, 'Q&A');
  const composer = olga.page.getByRole('form', { name: 'Ask a question' });
  await composer.getByRole('textbox', { name: 'Your question' }).fill(question);
  await composer.getByRole('button', { name: 'Post question' }).click();
  // Olga points at the board; as an observer she is only counted, nobody sees her pointer.
  const box = await canvasBox(olga.page);
  await olga.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await olga.page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20);

  // The facilitator gives her the floor from her question, by keyboard. Participants are offered nothing.
  await openWorkshopTab(fay.page, 'Q&A');
  await openWorkshopTab(pat.page, 'Q&A');
  const give = fay.page.getByRole('button', { name: 'Give the floor to Olga: everyone sees their pointer' });
  await expect(pat.page.getByTestId('question').filter({ hasText: question })).toBeVisible();
  await expect(pat.page.getByRole('button', { name: /floor/ })).toHaveCount(0);
  expect(await namesOnCanvas(pat.page, ['Olga'])).toEqual([]);
  await give.focus();
  await fay.page.keyboard.press('Enter');

  const status = (page: Page) =>
    page.getByRole('region', { name: 'Workshop session' }).getByRole('status').filter({ hasText: 'floor' });
  await expect(status(olga.page)).toHaveText('You have the floor: everyone sees your pointer.');
  await expect(status(pat.page)).toHaveText('Olga has the floor: everyone sees their pointer.');
  // Her last pointer reaches the others at once, with her name, without her moving.
  await expect.poll(() => namesOnCanvas(pat.page, ['Olga'])).toEqual(['Olga']);
  await expect.poll(() => namesOnCanvas(fay.page, ['Olga'])).toEqual(['Olga']);
  const take = fay.page.getByRole('button', { name: 'Take the floor back from Olga' });
  // On the question (the same button, so the keyboard stays on it) and in the session bar.
  await expect(take).toHaveCount(2);
  await expect(
    fay.page.getByTestId('question').getByRole('button', { name: 'Take the floor back from Olga' }),
  ).toBeFocused();
  const shots = test.info().outputPath.bind(test.info());
  await Promise.all([
    fay.page.screenshot({ path: shots('floor-facilitator.png') }),
    olga.page.screenshot({ path: shots('floor-observer.png') }),
    pat.page.screenshot({ path: shots('floor-participant.png') }),
  ]);

  // Taken back: her pointer leaves everyone's board, and the status goes.
  await fay.page.keyboard.press('Enter');
  await expect.poll(() => namesOnCanvas(pat.page, ['Olga'])).toEqual([]);
  await expect(status(olga.page)).toHaveCount(0);
  await expect(status(pat.page)).toHaveCount(0);
  await expect(give).toBeFocused();
  await expect(fay.page.getByRole('status').filter({ hasText: 'You took the floor back.' })).toHaveCount(1);

  // Given again, the floor ends with the phase: moving to wrap-up takes it back for everyone.
  await give.focus();
  await fay.page.keyboard.press('Enter');
  await expect(status(pat.page)).toHaveText('Olga has the floor: everyone sees their pointer.');
  await fay.page.getByRole('combobox', { name: 'Workshop phase' }).selectOption({ label: 'Wrap-up' });
  await expect(status(olga.page)).toHaveCount(0);
  await expect(status(pat.page)).toHaveCount(0);
  await expect.poll(() => namesOnCanvas(pat.page, ['Olga'])).toEqual([]);
});
