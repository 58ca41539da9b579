import type { Locator, Page } from '@playwright/test';

export interface CanvasView {
  /** The board-to-screen transform actually applied to the canvas's content layers. */
  x: number;
  y: number;
  scale: number;
  /** The canvas's size in CSS pixels. */
  width: number;
  height: number;
}

interface KonvaNodeLike {
  x(): number;
  y(): number;
  scaleX(): number;
}
interface KonvaStageLike {
  container(): HTMLElement;
  width(): number;
  height(): number;
  findOne(selector: string): KonvaNodeLike | undefined;
}

/**
 * Reads the transform Konva draws the board with (Konva registers itself as `window.Konva`), so the
 * specs assert what is on screen rather than what some store believes.
 */
export async function readCanvasView(page: Page): Promise<CanvasView> {
  return page.evaluate(() => {
    const konva = (window as unknown as { Konva?: { stages: KonvaStageLike[] } }).Konva;
    const stage = konva?.stages.find((candidate) =>
      candidate.container().closest('[data-testid="journey-canvas"]'),
    );
    // The group holding the board's grid, cards and curve carries the viewport; pinned headers do not.
    const content = stage?.findOne('.board-content');
    if (!stage || !content) throw new Error('the journey canvas has no Konva stage yet');
    return {
      x: content.x(),
      y: content.y(),
      scale: content.scaleX(),
      width: stage.width(),
      height: stage.height(),
    };
  });
}

/** The board point at the centre of the canvas: what "follow" keeps the same for two people. */
export function centreOf(view: CanvasView): { x: number; y: number } {
  return { x: (view.width / 2 - view.x) / view.scale, y: (view.height / 2 - view.y) / view.scale };
}

export function canvasOf(page: Page): Locator {
  return page.getByTestId('journey-canvas');
}

/** The canvas once drawn and taking input (its input code loads just after its first complete frame). */
export function readyCanvas(page: Page): Locator {
  return canvasOf(page).and(page.locator('[data-complete="true"][data-interactive="true"]'));
}

export function zoomLevel(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Board tools' }).getByRole('status', { name: 'Zoom level' });
}

export async function canvasBox(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await canvasOf(page).boundingBox();
  if (!box) throw new Error('the canvas has no box');
  return box;
}

/** Waits until the canvas's transform satisfies `check`, returning it; fails with the last value seen. */
export async function waitForView(
  page: Page,
  check: (view: CanvasView) => boolean,
  timeoutMs = 5_000,
): Promise<CanvasView> {
  const deadline = Date.now() + timeoutMs;
  let last = await readCanvasView(page);
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`the canvas view never matched; last ${JSON.stringify(last)}`);
    await page.waitForTimeout(50);
    last = await readCanvasView(page);
  }
  return last;
}

/**
 * Waits until the board is drawn, its input code is in (it loads just after the first frame) and the
 * canvas keeps its size: the side panels load once the board is drawn and can narrow the canvas, which
 * moves its centre under a gesture a spec has already aimed.
 */
export async function waitForSettledCanvas(page: Page, timeoutMs = 5_000): Promise<void> {
  await readyCanvas(page).waitFor({ timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  let last = await canvasBox(page);
  for (;;) {
    await page.waitForTimeout(200);
    const next = await canvasBox(page);
    if (next.width === last.width && next.height === last.height) return;
    if (Date.now() > deadline) throw new Error(`the canvas kept changing size; last ${JSON.stringify(next)}`);
    last = next;
  }
}

/**
 * The texts among `names` drawn on this page's canvas: only cursor labels draw a person's name there, so
 * this does not depend on which layer presence is drawn in.
 */
export async function namesOnCanvas(page: Page, names: readonly string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    interface Stage {
      container(): HTMLElement;
      find(selector: string): { text(): string }[];
    }
    const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
    const stage = konva.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'));
    if (!stage) throw new Error('no stage');
    return stage
      .find('Text')
      .map((node) => node.text())
      .filter((text) => wanted.includes(text));
  }, names);
}

/** Where the board's grid (its body: rows and columns, not the pinned headers) is drawn, in canvas pixels. */
export async function boardGridRect(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(() => {
    type Rect = { x: number; y: number; width: number; height: number };
    interface Stage {
      container(): HTMLElement;
      findOne(selector: string): { getClientRect(): Rect } | undefined;
    }
    const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
    const stage = konva.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'));
    const grid = stage?.findOne('.board-grid');
    if (!grid) throw new Error('no grid');
    return grid.getClientRect();
  });
}
