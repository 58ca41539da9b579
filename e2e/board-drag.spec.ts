import type { Page } from '@playwright/test';
import { createBoardViaStartPage, expectConnected, outline } from './board-helpers';
import { expect, test } from './fixtures';
import {
  canvasBox,
  readCanvasView,
  readyCanvas,
  waitForSettledCanvas,
  waitForView,
} from './viewport-helpers';

/** The step titles in outline order. */
async function stepOrder(page: Page): Promise<string[]> {
  return outline(page)
    .getByRole('button', { name: /^Step \d+: / })
    .evaluateAll((buttons) =>
      buttons.map((button) => (button.getAttribute('aria-label') ?? '').replace(/^Step \d+: /, '')),
    );
}

/** How many shapes the canvas's top layer (presence and the dragged item) draws, 0 while it is hidden. */
async function overlayShapes(page: Page): Promise<number> {
  return page.evaluate(() => {
    type Layer = { visible(): boolean; find(selector: string): unknown[] };
    type Stage = { container(): HTMLElement; getLayers(): Layer[] };
    const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva;
    const stage = konva?.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'));
    const overlay = stage?.getLayers().at(-1);
    return overlay?.visible() ? overlay.find('Shape').length : 0;
  });
}

// The dragged item's drawing comes with the canvas's input code (after the first frame): a drag draws it.
test('dragging a step by its header draws the column being dragged, and dropping it reorders the steps', async ({
  page,
}) => {
  await createBoardViaStartPage(page, 'Drag a step', /onboarding/i);
  await expectConnected(page);
  await waitForView(page, (view) => view.width > 0);
  await waitForSettledCanvas(page);
  await expect(readyCanvas(page)).toBeVisible();
  const before = await stepOrder(page);
  expect(before.length).toBeGreaterThan(2);
  expect(await overlayShapes(page)).toBe(0);

  const box = await canvasBox(page);
  const view = await readCanvasView(page);
  // The first step's column header, then one and a half columns (240 board units each) to the right.
  const header = { x: box.x + view.x + (168 + 16 + 112) * view.scale, y: box.y + 60 };
  await page.mouse.move(header.x, header.y);
  await page.mouse.down();
  await page.mouse.move(header.x + 360 * view.scale, header.y, { steps: 12 });
  await expect.poll(() => overlayShapes(page)).toBeGreaterThan(0);
  await page.mouse.up();

  await expect.poll(() => stepOrder(page)).toEqual([before[1], before[0], ...before.slice(2)]);
  await expect.poll(() => overlayShapes(page)).toBe(0);
});
