import type { WebSocket as PageSocket } from '@playwright/test';
import { createBoardViaStartPage, expectConnected, joinInNewContext } from './board-helpers';
import { expect, test } from './fixtures';

/** Counts awareness frames (y-websocket message type 1) this page sends on the content document. */
function countAwarenessFrames(socket: PageSocket, into: number[]): void {
  if (!socket.url().includes('/content')) return;
  socket.on('framesent', (frame) => {
    const payload = frame.payload;
    const type = typeof payload === 'string' ? payload.charCodeAt(0) : payload[0];
    if (type === 1) into.push(Date.now());
  });
}

test('cursor movement sends at most 20 awareness updates a second', async ({ page, browser, baseURL }) => {
  const { links } = await createBoardViaStartPage(page, 'Busy cursors', /onboarding/i);
  await expectConnected(page);
  const participant = await joinInNewContext(browser, baseURL ?? '', links.participant, 'Pat Participant');
  const frames: number[] = [];
  participant.page.on('websocket', (socket) => countAwarenessFrames(socket, frames));
  // Reload so the listener sees the content socket from its start.
  await participant.page.reload();
  await expectConnected(participant.page);

  const canvas = participant.page.locator('.canvas-area canvas').first();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the canvas has no box');
  await participant.page.waitForTimeout(300);
  frames.length = 0;
  const started = Date.now();
  // Hundreds of pointer moves in a couple of seconds: far more than 20 a second.
  for (let i = 0; i < 300; i++) {
    await participant.page.mouse.move(box.x + 50 + (i % 100) * 5, box.y + 100 + (i % 7) * 20);
  }
  await participant.page.waitForTimeout(200);
  const seconds = (Date.now() - started) / 1000;
  expect(frames.length).toBeGreaterThan(3);
  // 20 a second, plus one leading frame and one for the renewal timer.
  expect(frames.length).toBeLessThanOrEqual(Math.ceil(seconds * 20) + 2);

  // The facilitator sees the cursor's owner in the presence list the whole time.
  await expect(
    page
      .getByRole('region', { name: 'People on this board' })
      .getByRole('button', { name: /Pat Participant/ }),
  ).toBeVisible();
  await participant.context.close();
});
