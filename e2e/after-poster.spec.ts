import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { createBoardViaStartPage, expectConnected } from './board-helpers';
import { expect, test } from './fixtures';
import { REPO_ROOT } from './server';
import { waitForSettledCanvas, zoomLevel } from './viewport-helpers';

// Set UPDATE_DOCS_SCREENSHOT=1 to refresh docs/screenshots/poster-after.png and lod-after.png.
const UPDATE = !!process.env.UPDATE_DOCS_SCREENSHOT;

test.use({ viewport: { width: 1500, height: 950 } });

async function download(page: Page, panel: Locator, name: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    panel.getByRole('button', { name }).click(),
  ]);
  return readFile((await file.path()) ?? '');
}

/** Every text a PDF shows: its content streams inflated, the strings of its text operators. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const texts: string[] = [];
  const stream = /stream\r?\n/g;
  for (let match = stream.exec(raw); match; match = stream.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const text of content.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g))
      texts.push(text[1]!.replace(/\\(.)/g, '$1'));
  }
  return texts.join('\n');
}

test('the PNG and PDF posters carry the title, persona, goal, date and a legend', async ({ page }) => {
  test.setTimeout(240_000);
  await createBoardViaStartPage(page, 'Poster', /onboarding/i);
  await expectConnected(page);
  await page.getByRole('button', { name: 'After the workshop' }).click();
  const panel = page.getByRole('complementary', { name: 'After the workshop' });
  await panel.getByRole('tab', { name: 'Export' }).click();
  const stated = (await panel.getByText(/^Poster size:/).textContent()) ?? '';
  const [, width, height] = /(\d+) × (\d+) px/.exec(stated) ?? [];
  const today = new Date().toISOString().slice(0, 10);

  const pdf = await download(page, panel, 'Download PDF poster');
  await expect(panel.getByRole('status').filter({ hasText: 'PDF poster downloaded' })).toBeVisible();
  expect(pdf.toString('latin1').startsWith('%PDF-')).toBe(true);
  const words = pdfText(pdf);
  // The onboarding template's journey, persona and goal (see packages/journey/src/templates/onboarding.ts).
  expect(words).toContain('My new job');
  expect(words).toMatch(/Persona: Sam de Vries/);
  expect(words).toMatch(/Goal: Be set up and productive/);
  expect(words).toContain(`Exported ${today}`);
  expect(words).toContain('Legend');
  for (const label of ['Email', 'Phone', 'Face-to-face', 'Emotion score, 1 (worst) to 10 (best)'])
    expect(words).toContain(label);

  const png = await download(page, panel, 'Download PNG (2×)');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(width) * 2, Number(height) * 2]);
  // Look at the picture: a dark header band on top, the legend's words under the board.
  const look = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const header = context.getImageData(8, 8, 1, 1).data;
    const strip = context.getImageData(0, bitmap.height - 90, bitmap.width, 60).data;
    let dark = 0;
    for (let i = 0; i < strip.length; i += 4)
      if (strip[i]! < 90 && strip[i + 1]! < 90 && strip[i + 2]! < 90) dark++;
    return { header: [header[0], header[1], header[2]], darkInLegend: dark };
  }, png.toString('base64'));
  expect(look.header).toEqual([0x1e, 0x29, 0x3b]);
  expect(look.darkInLegend).toBeGreaterThan(200);
  if (UPDATE) await writeFile(join(REPO_ROOT, 'docs/screenshots/poster-after.png'), await smaller(page, png));
});

/** A PNG scaled down to at most 2400 pixels wide (for the docs). */
async function smaller(page: Page, png: Buffer): Promise<Buffer> {
  const base64 = await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = Math.min(2400, bitmap.width);
    canvas.height = Math.round((bitmap.height * canvas.width) / bitmap.width);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png').split(',')[1]!;
  }, png.toString('base64'));
  return Buffer.from(base64, 'base64');
}

test('zoomed to fit, the lanes that hold text show it in short, not blank', async ({ page }) => {
  test.setTimeout(300_000);
  await createBoardViaStartPage(page, 'Far view', /onboarding/i);
  await expectConnected(page);
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await waitForSettledCanvas(page, 20_000);
  // Far enough out that the board draws its overview (no text of its own): under 25 %.
  const zoom = async () => Number(((await zoomLevel(page).textContent()) ?? '').replace('%', ''));
  for (let i = 0; i < 6 && (await zoom()) >= 25; i++) {
    const before = await zoom();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(zoom).toBeLessThan(before);
  }
  expect(await zoom()).toBeLessThan(25);
  await waitForSettledCanvas(page, 20_000);
  // Read what the canvas shows: find the emotion curve's row by its colour, then count dark (text)
  // pixels in the band just under it, the Doing lane.
  const seen = await page.evaluate(() => {
    type Stage = {
      container(): HTMLElement;
      toCanvas(config: { pixelRatio: number }): HTMLCanvasElement;
      findOne(selector: string): { x(): number; scaleX(): number };
    };
    const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
    const stage = konva.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'))!;
    const canvas = stage.toCanvas({ pixelRatio: 1 });
    // Only the cells: right of the pinned row headers (168 board units wide), which name the lanes.
    const content = stage.findOne('.board-content');
    const cellsLeft = Math.ceil(Math.max(0, content.x()) + 168 * content.scaleX()) + 2;
    const { width, height } = canvas;
    const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    const at = (x: number, y: number) => (y * width + x) * 4;
    let curveBottom = -1;
    for (let y = 0; y < height; y++) {
      let curve = 0;
      for (let x = 0; x < width; x++) {
        const i = at(x, y);
        if (data[i] === 0xfe && data[i + 1] === 0xfc && data[i + 2] === 0xe8) curve++;
      }
      if (curve > width * 0.2) curveBottom = y;
    }
    let dark = 0;
    for (let y = curveBottom + 2; y < Math.min(height, curveBottom + 16); y++)
      for (let x = cellsLeft; x < width; x++) {
        const i = at(x, y);
        if (data[i]! < 90 && data[i + 1]! < 90 && data[i + 2]! < 90) dark++;
      }
    return { curveBottom, dark };
  });
  expect(seen.curveBottom).toBeGreaterThan(0);
  expect(seen.dark).toBeGreaterThan(100);
  if (UPDATE) await page.screenshot({ path: join(REPO_ROOT, 'docs/screenshots/lod-after.png') });
});
