import type { Page } from '@playwright/test';

// What the evidence specs do to a board: paste a screenshot, find a note on the canvas, drop a file on it.

/** A screenshot pasted from the clipboard: a PNG drawn in the page, pasted as a file. */
export async function pasteScreenshot(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 300;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#1e3a8a';
    context.fillRect(0, 0, 480, 300);
    context.fillStyle = '#ffffff';
    context.fillRect(30, 30, 300, 40);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b as Blob), 'image/png'));
    const data = new DataTransfer();
    data.items.add(new File([blob], 'screenshot.png', { type: 'image/png' }));
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
}

/**
 * Where a note's text is drawn on the canvas (client coordinates), from Konva's own nodes; pans the canvas
 * with the wheel, like a person, until the note is in view (rows below the view are not drawn at all).
 */
export async function notePoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const canvas = page.getByTestId('journey-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the canvas has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let attempt = 0; attempt < 40; attempt++) {
    const found = await page.evaluate((wanted) => {
      type Node = {
        text(): string;
        getClientRect(): { x: number; y: number; width: number; height: number };
      };
      type Stage = { container(): HTMLElement; find(selector: string): Node[] };
      const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva;
      const stage = konva?.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'));
      const node = stage?.find('Text').find((n) => n.text() === wanted);
      if (!stage || !node) return null;
      const rect = node.getClientRect();
      const frame = stage.container().getBoundingClientRect();
      return {
        x: frame.left + rect.x + Math.min(rect.width / 2, 20),
        y: frame.top + rect.y + Math.min(rect.height / 2, 8),
      };
    }, text);
    const inside = (p: { x: number; y: number }) =>
      p.x > box.x + 150 && p.x < box.x + box.width - 40 && p.y > box.y + 120 && p.y < box.y + box.height - 40;
    if (found && inside(found)) return found;
    const dx = found ? found.x - (box.x + box.width / 2) : 0;
    const dy = found ? found.y - (box.y + box.height / 2) : 200;
    await page.mouse.wheel(Math.max(-400, Math.min(400, dx)), Math.max(-400, Math.min(400, dy)));
    // The next frame draws the panned view (the canvas mounts rows as they come into reach).
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
  }
  throw new Error(`the note "${text}" never came into view`);
}

/** A PDF dragged from the desktop and dropped on the canvas at a point. */
export async function dropPdf(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.evaluate(({ x, y }) => {
    const pdf =
      '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n';
    const data = new DataTransfer();
    data.items.add(new File([pdf], 'invoice.pdf', { type: 'application/pdf' }));
    const target = document.querySelector('[data-testid="journey-canvas"]');
    if (!target) throw new Error('no canvas');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, clientX: x, clientY: y, bubbles: true, cancelable: true }),
      );
    }
  }, point);
}

export function evidence(page: Page) {
  return page.getByRole('region', { name: /^Evidence/ });
}
