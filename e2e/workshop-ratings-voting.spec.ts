import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { type Member, openWorkshopTab, test } from './workshop-helpers';

/**
 * Watches everything the relay sends a page over its sockets. A rating or dot of one person would carry
 * the `participantId` key wherever it travelled (the content document's legacy entries, the ballot box);
 * the relay publishes only counts and distributions, which never do.
 */
function watchForBallots(page: Page): () => number {
  let leaks = 0;
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      if (Buffer.from(payload).includes('participantId')) leaks += 1;
    }),
  );
  return () => leaks;
}

/** The board's JSON export, as the holder of `link` downloads it. */
async function exportedRatings(baseURL: string, boardId: string, link: string) {
  const key = new URL(link).hash.replace('#key=', '');
  const response = await fetch(`${baseURL}/api/boards/${boardId}/export.json`, {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { ratings: { score: number; participantId: string }[] }).ratings;
}

test.describe('emotion ratings and dot voting', () => {
  test.describe.configure({ timeout: 120_000 });

  test('ratings stay secret until the reveal, then everyone sees the distribution without names', async ({
    workshop,
    baseURL,
  }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const bob = await workshop.join('participant', 'Bob');
    const olga = await workshop.join('observer', 'Olga');
    // Everything the relay sends the others from now on (a reload opens new sockets: still watched).
    const leaks = [watchForBallots(fay.page), watchForBallots(bob.page), watchForBallots(olga.page)];
    const exported = () => exportedRatings(baseURL!, workshop.board.id, workshop.board.links.observer);
    const step = 'Report export fails';
    const stepRow = (m: Member) =>
      m.page.getByRole('listitem').filter({ has: m.page.getByRole('heading', { name: step, exact: true }) });

    // Ann selects the step and rates it right on the board, in one tap (a face and a score in one).
    await ann.page.getByRole('button', { name: `Step 1: ${step}` }).click();
    const onBoard = ann.page.getByRole('radiogroup', { name: `Rate ${step} on the board` });
    await onBoard.getByRole('radio', { name: '3 of 10, Unhappy' }).click();
    // The outline shows the same rating (one ballot per participant and step).
    const annRating = ann.page.getByRole('radiogroup', { name: `Your rating of ${step}` });
    await expect(annRating.getByRole('radio', { name: '3 of 10, Unhappy' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(onBoard.getByRole('radio', { checked: true })).toHaveAccessibleName('3 of 10, Unhappy');

    // Bob rates from the outline.
    const bobRating = bob.page.getByRole('radiogroup', { name: `Your rating of ${step}` });
    await bobRating.getByRole('radio', { name: '7 of 10, Happy' }).click();
    await openWorkshopTab(bob.page, 'Ratings');

    // Hidden: everyone learns how many rated, nobody sees the scores (so nobody anchors).
    for (const m of [fay, bob, olga]) {
      if (m !== bob) await openWorkshopTab(m.page, 'Ratings');
      await expect(stepRow(m)).toContainText(`2 ratings in for ${step}; hidden until the reveal.`);
      await expect(m.page.getByText(/range 3–7/)).toHaveCount(0);
      await expect(m.page.getByTestId('ratings-visibility')).toHaveText('Ratings hidden until reveal');
    }
    await expect(bob.page.getByText('Your rating: 7/10, Happy')).toBeVisible();
    await expect(olga.page.getByRole('radiogroup', { name: `Your rating of ${step}` })).toHaveCount(0);
    await expect(ann.page.getByRole('button', { name: 'Reveal ratings' })).toHaveCount(0);
    // No one else's ballot reached anyone, and the export holds no rating while they are hidden.
    expect(leaks.map((count) => count())).toEqual([0, 0, 0]);
    expect(await exported()).toEqual([]);

    // Ann's ballot is hers: after a reload it is still there, and still hers to change.
    await ann.page.reload();
    await openWorkshopTab(ann.page, 'Ratings');
    await expect(ann.page.getByText('Your rating: 3/10, Unhappy')).toBeVisible();
    await expect(annRating.getByRole('radio', { name: '3 of 10, Unhappy' })).toHaveAttribute(
      'aria-checked',
      'true',
    );

    await fay.page.getByRole('button', { name: 'Reveal ratings' }).click();
    for (const m of [fay, bob, olga]) {
      await expect(m.page.getByTestId('ratings-visibility')).toHaveText('Ratings revealed');
      const row = stepRow(m);
      await expect(row).toContainText(`${step}: 2 ratings, mean 5.0, range 3–7`);
      const histogram = row.getByRole('list', { name: `Scores given to ${step}` });
      await expect(histogram.getByRole('listitem', { name: 'Score 3: 1' })).toBeVisible();
      await expect(histogram.getByRole('listitem', { name: 'Score 7: 1' })).toBeVisible();
      await expect(histogram.getByRole('listitem', { name: 'Score 5: 0' })).toBeVisible();
    }
    // The band follows live as ratings change after the reveal (Ann re-rates from the outline).
    await annRating.getByRole('radio', { name: '1 of 10, Very unhappy' }).click();
    await expect(stepRow(olga)).toContainText(`${step}: 2 ratings, mean 4.0, range 1–7`);
    // Revealed: the distribution, not who gave which score, in the pages and in the export.
    expect(leaks.map((count) => count())).toEqual([0, 0, 0]);
    const revealed = await exported();
    expect(revealed.map((rating) => rating.score).sort()).toEqual([1, 7]);
    expect(revealed.every((rating) => rating.participantId.startsWith('anonymous-'))).toBe(true);

    await fay.page.getByRole('button', { name: 'Hide ratings' }).click();
    await expect(stepRow(olga)).toContainText('hidden until the reveal');
  });

  test('on the canvas the participants’ band stays off until the reveal', async ({ workshop }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    for (const m of workshop.members) await openWorkshopTab(m.page, 'Ratings');
    const map = fay.page.locator('.konvajs-content').first();
    await expect(map).toBeVisible();
    const snapshot = async () => {
      await fay.page.waitForTimeout(800);
      return { image: await map.screenshot(), box: await map.boundingBox() };
    };
    const before = await snapshot();

    // Ann rates two neighbouring steps far from their consensus scores (rated from the outline, so no
    // selection outline of hers appears on Fay's canvas).
    for (const [step, score] of [
      ['Report export fails', 10],
      ['Searches the help centre', 9],
    ] as const) {
      const group = ann.page.getByRole('radiogroup', { name: `Your rating of ${step}` });
      await group.getByRole('radio', { name: `${score} of 10, Delighted` }).click();
    }
    await expect(
      fay.page.getByRole('listitem').filter({ hasText: '1 rating in for Searches the help centre' }),
    ).toHaveCount(1);
    const hidden = await snapshot();
    expect(hidden.box).toEqual(before.box);
    expect(hidden.image.equals(before.image)).toBe(true);

    await fay.page.getByRole('button', { name: 'Reveal ratings' }).click();
    const revealed = await snapshot();
    expect(revealed.box).toEqual(before.box);
    expect(revealed.image.equals(before.image)).toBe(false);

    await fay.page.getByRole('button', { name: 'Hide ratings' }).click();
    const hiddenAgain = await snapshot();
    expect(hiddenAgain.image.equals(before.image)).toBe(true);
  });

  test('a voting round hides counts until it ends, then shows ranked results', async ({ workshop }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const bob = await workshop.join('participant', 'Bob');
    const olga = await workshop.join('observer', 'Olga');
    for (const m of workshop.members) await openWorkshopTab(m.page, 'Voting');

    await fay.page.getByRole('combobox', { name: 'Vote on' }).selectOption({ label: 'Steps' });
    await fay.page.getByRole('spinbutton', { name: 'Votes each' }).fill('2');
    await fay.page.getByRole('button', { name: 'Start voting round' }).click();
    // The button pressed is gone: the keyboard goes on to the one that ends the round, not to the page.
    await expect(fay.page.getByRole('button', { name: 'End voting round' })).toBeFocused();

    const a = 'Repeats the story to an agent';
    const b = 'Waits while the case is escalated';
    for (const m of [ann, bob])
      await expect(m.page.getByTestId('voting-status')).toContainText('You have 2 left.');

    await ann.page.getByRole('button', { name: `Vote for ${a}` }).click();
    await ann.page.getByRole('button', { name: `Vote for ${b}` }).click();
    await expect(ann.page.getByTestId('voting-status')).toContainText('You have 0 left.');
    await expect(ann.page.getByRole('button', { name: `Vote for ${a}` })).toBeDisabled();
    // The "+" she pressed is disabled now: the keyboard is on the row's "−", not lost to the page.
    await expect(ann.page.getByRole('button', { name: `Remove a vote from ${b}` })).toBeFocused();
    // Ann changes her mind: takes the dot off b and puts it on a.
    await ann.page.getByRole('button', { name: `Remove a vote from ${b}` }).click();
    await expect(ann.page.getByRole('button', { name: `Vote for ${b}` })).toBeFocused();
    await ann.page.getByRole('button', { name: `Vote for ${a}` }).click();
    await expect(
      ann.page
        .getByTestId(/ballot-/)
        .filter({ hasText: a })
        .getByTestId('my-votes'),
    ).toHaveText(/you: 2/);
    // Her dots are hers after a reload too.
    await ann.page.reload();
    await openWorkshopTab(ann.page, 'Voting');
    await expect(
      ann.page
        .getByTestId(/ballot-/)
        .filter({ hasText: a })
        .getByTestId('my-votes'),
    ).toHaveText(/you: 2/);

    await bob.page.getByRole('button', { name: `Vote for ${a}` }).click();
    await bob.page.getByRole('button', { name: `Vote for ${b}` }).click();

    // While open, nobody sees counts: only how many voted, and one's own dots.
    for (const m of [fay, ann, bob, olga]) {
      await expect(m.page.getByTestId('voting-status')).toContainText('2 voted so far');
      await expect(m.page.getByTestId('vote-result')).toHaveCount(0);
      await expect(m.page.getByText(/\d+ votes?$/)).toHaveCount(0);
    }
    await expect(
      bob.page
        .getByTestId(/ballot-/)
        .filter({ hasText: a })
        .getByTestId('my-votes'),
    ).toHaveText(/you: 1/);
    await expect(olga.page.getByRole('button', { name: `Vote for ${a}` })).toHaveCount(0);
    await expect(ann.page.getByRole('button', { name: 'End voting round' })).toHaveCount(0);

    await fay.page.getByRole('button', { name: 'End voting round' }).click();
    await expect(fay.page.getByRole('button', { name: 'Start voting round' })).toBeFocused();
    for (const m of [fay, ann, bob, olga]) {
      const results = m.page.getByRole('region', { name: 'Voting results' }).getByTestId('vote-result');
      await expect(results).toHaveCount(2);
      await expect(results.nth(0)).toHaveText(`#1 ${a} 3 votes`);
      await expect(results.nth(1)).toHaveText(`#2 ${b} 1 vote`);
      await expect(m.page.getByRole('button', { name: `Vote for ${a}` })).toHaveCount(0);
    }
    // The results stay after a reload.
    await olga.page.reload();
    await openWorkshopTab(olga.page, 'Voting');
    await expect(olga.page.getByTestId('vote-result').first()).toHaveText(`#1 ${a} 3 votes`);
  });
});
