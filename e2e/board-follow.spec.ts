import type { Page } from '@playwright/test';
import { createBoardViaStartPage, expectConnected, joinInNewContext } from './board-helpers';
import { expect, test } from './fixtures';
import { canvasBox, centreOf, readCanvasView, waitForView } from './viewport-helpers';

/** How far apart two people's views are: the board distance between their centres, and the zoom ratio. */
async function viewGap(leader: Page, follower: Page): Promise<{ distance: number; zoomRatio: number }> {
  const [a, b] = [await readCanvasView(leader), await readCanvasView(follower)];
  const [ca, cb] = [centreOf(a), centreOf(b)];
  return { distance: Math.hypot(ca.x - cb.x, ca.y - cb.y), zoomRatio: b.scale / a.scale };
}

async function expectSameView(leader: Page, follower: Page, timeout = 1_500): Promise<void> {
  await expect
    .poll(
      async () => {
        const gap = await viewGap(leader, follower);
        return gap.distance < 1 && Math.abs(gap.zoomRatio - 1) < 0.001;
      },
      { timeout },
    )
    .toBe(true);
}

/** The board's polite live region (the toolbar's zoom level is a status too, but never says this). */
function announcement(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: text });
}

async function scrollCanvas(page: Page, dx: number, dy: number): Promise<void> {
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(dx, dy);
}

test('following someone keeps my view on theirs until I pan myself or click again', async ({
  page,
  browser,
  baseURL,
}) => {
  const leader = page;
  const { links } = await createBoardViaStartPage(leader, 'Follow the leader', /onboarding/i);
  await expectConnected(leader);
  // A different window size from the leader's: following centres the same board point, whatever the size.
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  const follower = participant.page;
  await waitForView(follower, (view) => view.width > 0);
  const people = follower.getByRole('region', { name: 'People on this board' });

  // Somewhere else first, so following visibly moves the follower.
  await scrollCanvas(leader, 400, 250);
  await waitForView(leader, (view) => view.x < -100);
  expect((await viewGap(leader, follower)).distance).toBeGreaterThan(100);

  await people.getByRole('button', { name: 'Follow Fran Facilitator, Facilitator' }).click();
  const stop = people.getByRole('button', { name: 'Stop following Fran Facilitator, Facilitator' });
  await expect(stop).toHaveAttribute('aria-pressed', 'true');
  await expect(
    announcement(follower, 'Following Fran Facilitator: your view moves with theirs.'),
  ).toHaveCount(1);
  await expectSameView(leader, follower);

  // The leader scrolls, zooms with the buttons and with ctrl+wheel: the follower tracks each within a second.
  await scrollCanvas(leader, -150, 120);
  await expectSameView(leader, follower);
  await leader.getByRole('button', { name: 'Zoom in' }).click();
  await leader.getByRole('button', { name: 'Zoom in' }).click();
  await expectSameView(leader, follower);
  expect((await readCanvasView(follower)).scale).toBeCloseTo(1.5625, 3);
  await leader.keyboard.down('Control');
  await leader.mouse.wheel(0, 60);
  await leader.keyboard.up('Control');
  await expectSameView(leader, follower);
  await leader.getByRole('button', { name: 'Zoom to fit' }).click();
  await expectSameView(leader, follower);
  // The follower's window shrinks: their canvas re-centres on the leader's view without the leader moving.
  await follower.setViewportSize({ width: 1000, height: 700 });
  await waitForView(follower, (view) => view.width < 1000 - 300);
  await expectSameView(leader, follower);

  // The follower pans by themselves: following stops, and the leader's moves no longer carry them along.
  await scrollCanvas(follower, 0, 200);
  await expect(people.getByRole('button', { name: 'Follow Fran Facilitator, Facilitator' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(announcement(follower, 'Stopped following Fran Facilitator.')).toHaveCount(1);
  const ownView = await readCanvasView(follower);
  // Not so far that the leader's centre leaves the board: the follower's narrower canvas, centred there,
  // would then be held back by the pan limit (some of the board always stays in view).
  await scrollCanvas(leader, 100, 0);
  await leader.getByRole('button', { name: 'Zoom in' }).click();
  await leader.waitForTimeout(1_000);
  expect(await readCanvasView(follower)).toEqual(ownView);

  // Following again jumps to the leader at once; clicking again stops it.
  await people.getByRole('button', { name: 'Follow Fran Facilitator, Facilitator' }).click();
  await expectSameView(leader, follower);
  await stop.click();
  await expect(people.getByRole('button', { name: 'Follow Fran Facilitator, Facilitator' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  const stopped = await readCanvasView(follower);
  await scrollCanvas(leader, -200, -100);
  await leader.waitForTimeout(1_000);
  expect(await readCanvasView(follower)).toEqual(stopped);
  await participant.context.close();
});

test('following ends when the person followed leaves', async ({ page, browser, baseURL }) => {
  const { links } = await createBoardViaStartPage(page, 'Leader leaves', /onboarding/i);
  await expectConnected(page);
  const leader = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Lea Leader');
  const people = page.getByRole('region', { name: 'People on this board' });
  await people.getByRole('button', { name: 'Follow Lea Leader, Participant' }).click();
  await expect(people.getByRole('button', { name: 'Stop following Lea Leader, Participant' })).toBeVisible();
  await scrollCanvas(leader.page, 250, 150);
  await expectSameView(leader.page, page);

  await leader.context.close();
  await expect(people.getByRole('button', { name: /Lea Leader/ })).toHaveCount(0, { timeout: 5_000 });
  await expect(announcement(page, 'Lea Leader left the board; you stopped following them.')).toHaveCount(1);
  // Our own pan and zoom work normally again.
  const before = await readCanvasView(page);
  await scrollCanvas(page, 0, 100);
  const after = await waitForView(page, (view) => view.y !== before.y);
  expect(after.y).toBeCloseTo(before.y - 100, 0);
});
