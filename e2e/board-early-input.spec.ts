import {
  answerNamePrompt,
  boardEditor,
  createBoardViaStartPage,
  expectConnected,
  pathOf,
  spoken,
  tabTo,
} from './board-helpers';
import { expect, test } from './fixtures';
import { canvasOf, zoomLevel } from './viewport-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

test('input on the canvas before its input code arrived is handled once it is, in the order it came', async ({
  page,
  browser,
  baseURL,
}) => {
  const { links } = await createBoardViaStartPage(page, 'Early input', /onboarding/i);
  await expectConnected(page);
  // A participant's browser, whose canvas input code is held back until the test lets it through.
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await context.route(/\/assets\/canvas-input-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const other = await context.newPage();
  await other.goto(pathOf(links.participant));
  await answerNamePrompt(other, 'Pat Participant');
  const canvas = canvasOf(other);
  await expect(canvas).toHaveAttribute('data-complete', 'true');
  await expect(canvas).toHaveAttribute('data-interactive', 'false');
  await expect(canvas).toHaveAttribute('aria-busy', 'true');

  // Drawn, but its input code is not here: a ctrl+wheel over it, then the keyboard on it.
  const before = await zoomLevel(other).textContent();
  const pageZoom = await other.evaluate(() => window.devicePixelRatio);
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the canvas has no box');
  await other.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await other.keyboard.down('Control');
  await other.mouse.wheel(0, -100);
  await other.keyboard.up('Control');
  await tabTo(other, canvas);
  await other.keyboard.press('Home');
  await other.keyboard.press('Enter');
  // Nothing happened yet, and the page itself did not zoom or scroll.
  await expect(zoomLevel(other)).toHaveText(before ?? '');
  expect(await other.evaluate(() => [window.devicePixelRatio, window.scrollY])).toEqual([pageZoom, 0]);
  await expect(canvas).toHaveAttribute('data-interactive', 'false');

  release();
  await expect(canvas).toHaveAttribute('data-interactive', 'true');
  await expect(canvas).not.toHaveAttribute('aria-busy', 'true');
  // The wheel zoomed the board; Home went to the first card (and said so); Enter opened its title.
  await expect(zoomLevel(other)).not.toHaveText(before ?? '');
  await expect(spoken(other, /^Card, step 1 of \d+, “Applies online”/)).toHaveCount(1);
  const title = boardEditor(other);
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Applies online');
  await other.keyboard.press('Escape');
  await expect(title).toBeHidden();
  await context.close();
});
