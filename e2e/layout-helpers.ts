import type { Browser, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Opens a board link at 1440×900 in a fresh browser (nothing remembered), answering the name prompt. */
export async function openFresh(browser: Browser, link: string, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('dialog', { name: 'What should we call you?' }).getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join board' }).click();
  await waitConnected(page);
  // The session bar's code loads once the board is drawn (DeferredPanel): slow on a busy machine.
  await expect(page.getByRole('region', { name: 'Workshop session' })).not.toHaveAttribute(
    'aria-busy',
    'true',
    {
      timeout: 60_000,
    },
  );
  return page;
}

export function rail(page: Page) {
  return page.getByRole('region', { name: 'Side panels' });
}

export function railButton(page: Page, name: 'Outline' | 'Workshop' | 'After the workshop') {
  return rail(page).getByRole('button', { name, exact: true });
}

/** The left edges of what stands beside the canvas (open panels, the rail), in document order: Tab's order. */
export async function besideCanvasLefts(page: Page): Promise<number[]> {
  return page
    .locator('.board-main > :not(.canvas-area):not([hidden])')
    .evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().left)));
}

export async function canvasWidth(page: Page): Promise<number> {
  const box = await page.getByRole('region', { name: 'Journey map', exact: true }).boundingBox();
  if (!box) throw new Error('the journey map is not on screen');
  return box.width;
}

/**
 * Where the board's drawn content is on the page (Konva's bounding box of the board group), so a spec can
 * tell whether any of it lies under a panel.
 */
export async function boardContentBox(page: Page): Promise<{ left: number; right: number }> {
  return page.evaluate(() => {
    interface Node {
      getClientRect(): { x: number; width: number };
    }
    interface Stage {
      container(): HTMLElement;
      findOne(selector: string): Node | undefined;
    }
    const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva;
    const stage = konva?.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'));
    const content = stage?.findOne('.board-content');
    if (!stage || !content) throw new Error('the journey canvas has no Konva stage yet');
    const rect = content.getClientRect();
    const origin = stage.container().getBoundingClientRect();
    return { left: origin.left + rect.x, right: origin.left + rect.x + rect.width };
  });
}

/** Connected to the relay (slow on a busy machine: waits for state, not for time). */
export async function waitConnected(page: Page): Promise<void> {
  await expect(page.getByText('Connected', { exact: true })).toBeVisible({ timeout: 60_000 });
}

/**
 * How many rows a wrapping bar's controls and texts take on screen: items whose boxes overlap vertically
 * share a row (a label beside its field, a button beside a line of text).
 */
export async function rowsOf(bar: Locator): Promise<number> {
  return bar.evaluate((element) => {
    const items = [
      ...element.querySelectorAll<HTMLElement>(
        'button, select, input, label, [role="timer"], [role="status"]',
      ),
    ]
      .map((item) => item.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .sort((a, b) => a.top - b.top);
    let rows = 0;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const box of items) {
      if (box.top >= bottom - 2) {
        rows += 1;
        bottom = box.bottom;
      } else bottom = Math.max(bottom, box.bottom);
    }
    return rows;
  });
}
