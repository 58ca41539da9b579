import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createBoardViaStartPage, expectConnected, keyOf } from './board-helpers';
import { expect, test } from './fixtures';

async function download(page: Page, name: string): Promise<Buffer> {
  const panel = page.getByRole('complementary', { name: 'After the workshop' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name }).click(),
  ]);
  return readFile((await file.path()) ?? '');
}

test('exports the board as PNG at 2x, a one-page PDF, CSVs and JSON that re-imports identically', async ({
  page,
  request,
  baseURL,
}) => {
  const { links, boardId } = await createBoardViaStartPage(page, 'Exports', /onboarding/i);
  await expectConnected(page);
  await page.getByRole('button', { name: 'After the workshop' }).click();
  const panel = page.getByRole('complementary', { name: 'After the workshop' });
  await panel.getByRole('tab', { name: 'Export' }).click();
  const size = ((await panel.getByTestId('board-size').textContent()) ?? '')
    .split('×')
    .map((n) => Number(n.trim()));
  expect(size[0]).toBeGreaterThan(1000);

  const png = await download(page, 'Download PNG (2×)');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size[0]! * 2, size[1]! * 2]);
  await expect(panel.getByRole('status').filter({ hasText: 'PNG downloaded' })).toBeVisible();

  const pdf = (await download(page, 'Download PDF poster')).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);

  const steps = (await download(page, 'Download steps CSV')).toString('utf8');
  expect(steps.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Journey,Stage,Step #,Step/);
  const plan = (await download(page, 'Download action plan CSV')).toString('utf8');
  expect(plan.replace(/^\uFEFF/, '').startsWith('Action,')).toBe(true);

  // JSON: identical to the relay's own export, and re-imports into an identical board via the API…
  const json = (await download(page, 'Download JSON')).toString('utf8');
  const original = await request.get(`${baseURL}/api/boards/${boardId}/export.json`, {
    headers: { authorization: `Bearer ${keyOf(links.observer)}` },
  });
  expect(JSON.parse(json)).toEqual(await original.json());
  const imported = await request.post(`${baseURL}/api/boards/import`, { data: JSON.parse(json) });
  expect(imported.status()).toBe(201);
  const created = (await imported.json()) as { id: string; links: { observer: string } };
  const reexported = await request.get(`${baseURL}/api/boards/${created.id}/export.json`, {
    headers: { authorization: `Bearer ${keyOf(created.links.observer)}` },
  });
  expect(await reexported.json()).toEqual(JSON.parse(json));

  // …and through the start page.
  await page.goto('/');
  await page.getByLabel('Board export (JSON file)').setInputFiles({
    name: 'board.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+#key=/);
  const url = new URL(page.url());
  const viaStart = await request.get(`${baseURL}/api/boards/${url.pathname.split('/').pop()}/export.json`, {
    headers: { authorization: `Bearer ${url.hash.replace(/^#key=/, '')}` },
  });
  expect(await viaStart.json()).toEqual(JSON.parse(json));
});
