import type { Page } from '@playwright/test';
import { createBoardViaStartPage, expectConnected, outline } from './board-helpers';
import { expect, test } from './fixtures';
import {
  boardGridRect,
  type CanvasView,
  canvasBox,
  readCanvasView,
  waitForSettledCanvas,
  waitForView,
  zoomLevel,
} from './viewport-helpers';

/** The board point under a canvas-local screen point. */
function boardAt(view: CanvasView, local: { x: number; y: number }) {
  return { x: (local.x - view.x) / view.scale, y: (local.y - view.y) / view.scale };
}

async function openBoard(page: Page, title: string): Promise<void> {
  await createBoardViaStartPage(page, title, /onboarding/i);
  await expectConnected(page);
  await waitForView(page, (view) => view.width > 0);
  await waitForSettledCanvas(page);
}

/** The step titles in outline order, to prove a gesture did not move anything on the board. */
async function stepOrder(page: Page): Promise<string[]> {
  return outline(page)
    .getByRole('button', { name: /^Step \d+: / })
    .evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent ?? ''),
    );
}

test('the wheel scrolls the board and ctrl+wheel zooms around the pointer', async ({ page }) => {
  await openBoard(page, 'Wheel viewport');
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

  const start = await readCanvasView(page);
  await page.mouse.wheel(0, 120);
  const scrolled = await waitForView(page, (view) => view.y !== start.y);
  expect(scrolled.y).toBeCloseTo(start.y - 120, 0);
  expect(scrolled.x).toBeCloseTo(start.x, 0);
  await page.mouse.wheel(90, 0);
  const sideways = await waitForView(page, (view) => view.x !== scrolled.x);
  expect(sideways.x).toBeCloseTo(scrolled.x - 90, 0);
  await expect(zoomLevel(page)).toHaveText('100%');

  // Ctrl+wheel zooms; the board point under the pointer stays under it.
  // Whole client pixels, as mouse events report them, so the expected anchor is exactly the real one.
  const client = { x: Math.round(box.x + box.width * 0.3), y: Math.round(box.y + box.height * 0.6) };
  const anchor = { x: client.x - box.x, y: client.y - box.y };
  await page.mouse.move(client.x, client.y);
  const underPointer = boardAt(sideways, anchor);
  // Two notches of a mouse wheel: about one zoom-button step each, not a jump to the limit.
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await waitForView(page, (view) => view.scale !== sideways.scale);
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  const zoomed = await waitForView(page, (view) => view.scale > 1.5);
  expect(zoomed.scale).toBeCloseTo(Math.exp(0.5), 3);
  expect(boardAt(zoomed, anchor).x).toBeCloseTo(underPointer.x, 1);
  expect(boardAt(zoomed, anchor).y).toBeCloseTo(underPointer.y, 1);
  await expect(zoomLevel(page)).toHaveText(`${Math.round(zoomed.scale * 100)}%`);
  // The page itself was not zoomed by the browser.
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);

  // Flung far, the board stops with some of its body in view beside the pinned row headers (168 wide)
  // and below the pinned stage band and step headers (80 high).
  await page.mouse.wheel(50_000, 50_000);
  const flung = await waitForView(page, (view) => view.x < zoomed.x - 500);
  const grid = await boardGridRect(page);
  expect(grid.x + grid.width).toBeGreaterThanOrEqual(168 * flung.scale + 90);
  expect(grid.y + grid.height).toBeGreaterThanOrEqual(80 * flung.scale + 90);
});

test('a trackpad pinch (ctrl+wheel from the browser) zooms the board, not the page', async ({ page }) => {
  await openBoard(page, 'Trackpad pinch');
  const box = await canvasBox(page);
  const anchor = { x: Math.round(box.width * 0.6), y: Math.round(box.height * 0.5) };
  const before = await readCanvasView(page);
  const underPointer = boardAt(before, anchor);
  // Chromium's own synthetic pinch from a mouse-like source is what a trackpad sends.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.synthesizePinchGesture', {
    x: box.x + anchor.x,
    y: box.y + anchor.y,
    scaleFactor: 2,
    gestureSourceType: 'mouse',
  });
  const pinched = await waitForView(page, (view) => view.scale > 1.9);
  expect(pinched.scale).toBeLessThan(2.1);
  expect(boardAt(pinched, anchor).x).toBeCloseTo(underPointer.x, 0);
  expect(boardAt(pinched, anchor).y).toBeCloseTo(underPointer.y, 0);
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
  await expect(zoomLevel(page)).toHaveText(`${Math.round(pinched.scale * 100)}%`);
});

test("Safari's trackpad pinch (gesture events) zooms the board around the fingers", async ({ page }) => {
  await openBoard(page, 'Safari pinch');
  const box = await canvasBox(page);
  const client = { x: Math.round(box.x + box.width * 0.4), y: Math.round(box.y + box.height * 0.5) };
  const anchor = { x: client.x - box.x, y: client.y - box.y };
  const before = await readCanvasView(page);
  const underFingers = boardAt(before, anchor);
  // Chromium has no GestureEvent; these carry the same fields Safari's do (scale since the start, position).
  const prevented = await page.getByTestId('journey-canvas').evaluate((element, at) => {
    const gesture = (type: string, scale: number) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.assign(event, { scale, clientX: at.x, clientY: at.y });
      element.dispatchEvent(event);
      return event.defaultPrevented;
    };
    return [gesture('gesturestart', 1), gesture('gesturechange', 1.2), gesture('gesturechange', 1.5)];
  }, client);
  expect(prevented).toEqual([true, true, true]);
  const zoomed = await waitForView(page, (view) => view.scale > 1.4);
  expect(zoomed.scale).toBeCloseTo(1.5, 6);
  expect(boardAt(zoomed, anchor).x).toBeCloseTo(underFingers.x, 6);
  expect(boardAt(zoomed, anchor).y).toBeCloseTo(underFingers.y, 6);
  await expect(zoomLevel(page)).toHaveText('150%');
});

test('on a touchscreen one finger pans and two fingers pinch-zoom and pan the board', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    hasTouch: true,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await openBoard(page, 'Touch pinch');
  const box = await canvasBox(page);
  const cdp = await context.newCDPSession(page);
  // Each point's id is its index unless given; touchEnd lists the fingers that lift (all when empty).
  const touch = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number; id?: number }[],
  ) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((point, index) => ({
        x: box.x + point.x,
        y: box.y + point.y,
        id: point.id ?? index,
      })),
    });

  // One finger on the background corner drags the board.
  const untouched = await readCanvasView(page);
  await touch('touchStart', [{ x: 60, y: 30 }]);
  for (let step = 1; step <= 5; step++) await touch('touchMove', [{ x: 60 - step * 20, y: 30 - step * 10 }]);
  await touch('touchEnd', []);
  const before = await waitForView(page, (view) => view.x !== untouched.x);
  expect(before.x).toBeCloseTo(untouched.x - 100, 0);
  expect(before.y).toBeCloseTo(untouched.y - 50, 0);

  const midpoint = { x: Math.round(box.width * 0.5), y: Math.round(box.height * 0.55) };
  const underFingers = boardAt(before, midpoint);
  // Fingers 200 px apart spread to 400 px around the same midpoint: twice the zoom.
  let spread = 100;
  const fingers = (centre: { x: number; y: number }) => [
    { x: centre.x - spread, y: centre.y },
    { x: centre.x + spread, y: centre.y },
  ];
  await touch('touchStart', fingers(midpoint));
  for (let step = 0; step < 10; step++) {
    spread += 10;
    await touch('touchMove', fingers(midpoint));
  }
  const zoomed = await waitForView(page, (view) => Math.abs(view.scale - 2) < 0.01);
  expect(boardAt(zoomed, midpoint).x).toBeCloseTo(underFingers.x, 0);
  expect(boardAt(zoomed, midpoint).y).toBeCloseTo(underFingers.y, 0);

  // Moving both fingers together drags the board along with them.
  const moved = { x: midpoint.x - 120, y: midpoint.y - 60 };
  for (let step = 1; step <= 6; step++) {
    await touch('touchMove', fingers({ x: midpoint.x - step * 20, y: midpoint.y - step * 10 }));
  }
  const panned = await waitForView(page, (view) => view.x < zoomed.x - 100);
  expect(panned.scale).toBeCloseTo(2, 2);
  expect(boardAt(panned, moved).x).toBeCloseTo(underFingers.x, 0);
  expect(boardAt(panned, moved).y).toBeCloseTo(underFingers.y, 0);

  // Lifting one finger leaves the other one panning.
  const [left, right] = fingers(moved);
  await touch('touchEnd', [{ ...right!, id: 1 }]);
  for (let step = 1; step <= 5; step++)
    await touch('touchMove', [{ x: left!.x + step * 10, y: left!.y + step * 8 }]);
  const oneFinger = await waitForView(page, (view) => view.x > panned.x + 40);
  expect(oneFinger.x).toBeCloseTo(panned.x + 50, 0);
  expect(oneFinger.y).toBeCloseTo(panned.y + 40, 0);
  expect(oneFinger.scale).toBe(panned.scale);
  await touch('touchEnd', []);
  await expect(zoomLevel(page)).toHaveText('200%');
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
  await context.close();
});

test('the zoom buttons zoom around the centre and zoom to fit shows the whole board', async ({ page }) => {
  await openBoard(page, 'Zoom buttons');
  const tools = page.getByRole('toolbar', { name: 'Board tools' });
  const start = await readCanvasView(page);
  const centre = { x: start.width / 2, y: start.height / 2 };
  const centreBoard = boardAt(start, centre);

  await tools.getByRole('button', { name: 'Zoom in' }).click();
  await expect(zoomLevel(page)).toHaveText('125%');
  const zoomedIn = await readCanvasView(page);
  expect(zoomedIn.scale).toBeCloseTo(1.25, 5);
  expect(boardAt(zoomedIn, centre).x).toBeCloseTo(centreBoard.x, 1);
  expect(boardAt(zoomedIn, centre).y).toBeCloseTo(centreBoard.y, 1);

  await tools.getByRole('button', { name: 'Zoom out' }).click();
  await tools.getByRole('button', { name: 'Zoom out' }).click();
  await expect(zoomLevel(page)).toHaveText('80%');
  expect((await readCanvasView(page)).scale).toBeCloseTo(0.8, 5);

  await tools.getByRole('button', { name: 'Zoom to fit' }).click();
  const fitted = await waitForView(page, (view) => Math.abs(view.scale - 0.8) > 0.001);
  await expect(zoomLevel(page)).toHaveText(`${Math.round(fitted.scale * 100)}%`);
  // Everything the board draws is inside the canvas, and it fills the canvas in one direction.
  const drawn = await page.evaluate(() => {
    type Rect = { x: number; y: number; width: number; height: number };
    const konva = (
      window as unknown as {
        Konva: {
          stages: {
            container(): HTMLElement;
            findOne(selector: string): { getClientRect(): Rect } | undefined;
          }[];
        };
      }
    ).Konva;
    const stage = konva.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'));
    const grid = stage?.findOne('.board-grid');
    if (!grid) throw new Error('no grid');
    return grid.getClientRect();
  });
  expect(drawn.x).toBeGreaterThanOrEqual(-1);
  expect(drawn.y).toBeGreaterThanOrEqual(-1);
  expect(drawn.x + drawn.width).toBeLessThanOrEqual(fitted.width + 1);
  expect(drawn.y + drawn.height).toBeLessThanOrEqual(fitted.height + 1);
  expect(Math.max(drawn.width / fitted.width, drawn.height / fitted.height)).toBeGreaterThan(0.85);

  // Far out (under 25 %) one overview shape draws every card and note instead of the step columns; they
  // come back when zooming in again.
  const cardsGroup = () =>
    page.evaluate(() => {
      type Cards = {
        find(selector: string): unknown[];
        toCanvas(config: {
          x: number;
          y: number;
          width: number;
          height: number;
          pixelRatio: number;
        }): HTMLCanvasElement;
      };
      const konva = (
        window as unknown as {
          Konva: {
            stages: {
              container(): HTMLElement;
              width(): number;
              height(): number;
              findOne(selector: string): Cards | undefined;
            }[];
          };
        }
      ).Konva;
      const stage = konva.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'));
      const cards = stage?.findOne('.board-cards');
      if (!stage || !cards) throw new Error('no cards group');
      // The cards group drawn alone (the board's other groups fill the rest of the layer's canvas),
      // cropped to the stage: the overview is a custom shape with no extent of its own.
      const canvas = cards.toCanvas({
        x: 0,
        y: 0,
        width: stage.width(),
        height: stage.height(),
        pixelRatio: 1,
      });
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted += 1;
      return { overview: cards.find('.board-overview').length, cards: cards.find('Text').length, painted };
    });
  while ((await readCanvasView(page)).scale >= 0.25)
    await tools.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(cardsGroup).toMatchObject({ overview: 1, cards: 0 });
  expect((await cardsGroup()).painted).toBeGreaterThan(100);
  await expect(page.getByTestId('journey-canvas')).toHaveAttribute('data-complete', 'true');
  while ((await readCanvasView(page)).scale < 0.5)
    await tools.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await cardsGroup()).overview).toBe(0);
  await expect.poll(async () => (await cardsGroup()).cards).toBeGreaterThan(0);

  // The same by keyboard on the canvas: + (or =) and - zoom around the centre, 0 fits the board.
  await expect(tools.getByRole('button', { name: 'Zoom in' })).toHaveAttribute('aria-keyshortcuts', '+ =');
  await page.getByTestId('journey-canvas').focus();
  const before = await readCanvasView(page);
  await page.keyboard.press('+');
  const keyed = await waitForView(page, (view) => view.scale > before.scale);
  expect(keyed.scale).toBeCloseTo(before.scale * 1.25, 5);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(zoomLevel(page)).toHaveText(`${Math.round((before.scale / 1.25) * 100)}%`);
  await page.keyboard.press('0');
  await expect(zoomLevel(page)).toHaveText(`${Math.round(fitted.scale * 100)}%`);
});

test('dragging the background pans; space+drag pans even over a step', async ({ page }) => {
  await openBoard(page, 'Drag to pan');
  const box = await canvasBox(page);
  const order = await stepOrder(page);
  expect(order.length).toBeGreaterThan(1);

  // The corner above the row headers is always background.
  const start = await readCanvasView(page);
  await page.mouse.move(box.x + 60, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 20, box.y + 10, { steps: 4 });
  await page.mouse.move(box.x - 140, box.y - 90, { steps: 8 });
  await page.mouse.up();
  const dragged = await waitForView(page, (view) => view.x !== start.x);
  expect(dragged.x).toBeCloseTo(start.x - 200, 0);
  expect(dragged.y).toBeCloseTo(start.y - 120, 0);

  // The first step's column header: dragging it would reorder steps; with space held it pans instead.
  const header = { x: dragged.x + (168 + 16 + 112) * dragged.scale, y: 60 };
  await page.mouse.move(box.x + header.x, box.y + header.y);
  await page.keyboard.down('Space');
  await expect(page.getByTestId('journey-canvas')).toHaveCSS('cursor', 'grab');
  await page.mouse.down();
  await page.mouse.move(box.x + header.x + 300, box.y + header.y + 150, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  const spaced = await waitForView(page, (view) => view.x !== dragged.x);
  expect(spaced.x).toBeCloseTo(dragged.x + 300, 0);
  expect(spaced.y).toBeCloseTo(dragged.y + 150, 0);
  await expect(page.getByTestId('journey-canvas')).toHaveCSS('cursor', 'default');
  expect(await stepOrder(page)).toEqual(order);
});

test('space+drag pans right after a zoom button was clicked, yet Space still presses a button tabbed to', async ({
  page,
}) => {
  await openBoard(page, 'Space after a button');
  const box = await canvasBox(page);
  const order = await stepOrder(page);
  const tools = page.getByRole('toolbar', { name: 'Board tools' });
  const zoomIn = tools.getByRole('button', { name: 'Zoom in' });
  await zoomIn.click();
  await expect(zoomLevel(page)).toHaveText('125%');
  await expect(zoomIn).toBeFocused();

  // The second step's column header (the first may sit under the pinned row headers after zooming).
  const zoomed = await readCanvasView(page);
  // With the docked panels beside it the canvas may be narrow: the first step's header when the second
  // is past its edge.
  const second = zoomed.x + (168 + 16 + 240 + 112) * zoomed.scale;
  const first = zoomed.x + (168 + 16 + 112) * zoomed.scale;
  const header = { x: second < box.width - 20 ? second : first, y: 60 * zoomed.scale };
  expect(header.x).toBeGreaterThan(168 * zoomed.scale);
  await page.mouse.move(box.x + header.x, box.y + header.y);
  await page.keyboard.down('Space');
  await page.mouse.down();
  await page.mouse.move(box.x + header.x + 200, box.y + header.y + 100, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  const panned = await waitForView(page, (view) => view.x !== zoomed.x);
  expect(panned.x).toBeCloseTo(zoomed.x + 200, 0);
  expect(panned.y).toBeCloseTo(zoomed.y + 100, 0);
  // Neither the zoom button was pressed again nor the column dragged.
  await expect(zoomLevel(page)).toHaveText('125%');
  expect(await stepOrder(page)).toEqual(order);

  // A keyboard user tabbing to the button presses it with Space, wherever the mouse happens to rest.
  await tools.getByRole('button', { name: 'Zoom out' }).focus();
  await page.keyboard.press('Tab');
  await expect(zoomIn).toBeFocused();
  await page.keyboard.press('Space');
  await expect(zoomLevel(page)).toHaveText('156%');
});
