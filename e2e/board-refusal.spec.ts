import { expect } from '@playwright/test';
import { test } from './workshop-helpers';

/**
 * The relay is the authority: a change the rules refuse is stored nowhere and sent to nobody, and the
 * person who made it is told what was refused and gets the relay's copy back. The refusal is provoked
 * the way it happens in a workshop: a participant edits a step while their wifi is down, the facilitator
 * locks the board meanwhile, and the participant's edit arrives after the lock.
 */
test('an edit the relay refuses is rolled back and explained to its author', async ({ workshop }) => {
  test.setTimeout(240_000);
  const fay = await workshop.join('facilitator', 'Fay');
  const ann = await workshop.join('participant', 'Ann');
  const step = (title: string) => ({ name: `Step 1: ${title}` });

  // Ann was already at work when the wifi dropped: the step form (loaded on demand) is open.
  await ann.page.getByRole('button', step('Report export fails')).click();
  const title = ann.page.getByRole('form', { name: 'Edit step' }).getByRole('textbox', { name: 'Title' });
  await expect(title).toBeVisible();
  await ann.context.setOffline(true);
  await expect(ann.page.locator('.connection')).toHaveAttribute('data-status', 'offline');
  await title.fill('Written on the train');
  await title.press('Enter');
  await expect(ann.page.getByRole('button', step('Written on the train'))).toBeVisible();

  await fay.page.getByRole('button', { name: 'Lock board' }).click();
  const unlock = fay.page.getByRole('button', { name: 'Unlock board' });
  await expect(unlock).toBeVisible();

  await ann.context.setOffline(false);
  const notice = ann.page.getByRole('alert').filter({ hasText: 'was not saved' });
  await expect(notice).toContainText(
    'Your change to a step was not saved: the facilitator has locked the board.',
  );
  // Ann's copy is the relay's again, and the refused title reached no one.
  await expect(ann.page.getByRole('button', step('Report export fails'))).toBeVisible();
  await expect(ann.page.getByRole('button', step('Written on the train'))).toHaveCount(0);
  await expect(ann.page.getByText('Locked by the facilitator — editing is paused')).toBeVisible();
  await expect(fay.page.getByRole('button', step('Report export fails'))).toBeVisible();
  await expect(fay.page.getByText('Written on the train')).toHaveCount(0);

  // The board keeps syncing for both after the refusal.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await unlock.click();
  await expect(fay.page.getByRole('button', { name: 'Lock board' })).toBeVisible();
  await expect(ann.page.getByText('Locked by the facilitator — editing is paused')).toHaveCount(0);
  await ann.page.getByRole('button', step('Report export fails')).click();
  const again = ann.page.getByRole('form', { name: 'Edit step' }).getByRole('textbox', { name: 'Title' });
  await again.fill('Report export fails twice');
  await again.press('Enter');
  await expect(fay.page.getByRole('button', step('Report export fails twice'))).toBeVisible();

  // After a reload nothing of the refused edit comes back from the offline copy.
  await ann.page.reload();
  await expect(ann.page.getByRole('button', step('Report export fails twice'))).toBeVisible({
    timeout: 30_000,
  });
  await expect(ann.page.getByText('Written on the train')).toHaveCount(0);
});
