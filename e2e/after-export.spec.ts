import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { createBoardViaStartPage, expectConnected, keyOf } from './board-helpers';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1600, height: 900 } });

/** The poster's size as the Export tab states it ("Poster size: 3000 × 1600 px …"). */
async function posterSize(panel: Locator): Promise<number[]> {
  const text = (await panel.getByText(/^Poster size:/).textContent()) ?? '';
  const match = /(\d+) × (\d+) px/.exec(text);
  expect(match).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

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
  const size = await posterSize(panel);
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
  const measured = (await download(page, 'Download measured CSV')).toString('utf8');
  expect(measured.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(
    /^Journey,Step #,Step,Period,Responses,Mean,Median/,
  );
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
  await page.getByLabel('Board export (.zip or JSON file)').setInputFiles({
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

test('a large board exports at full size with progress, without freezing the page', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const STEPS = 80;
  const blank = await request.post(`${baseURL}/api/boards`, { data: { title: 'Large', template: 'blank' } });
  const created = (await blank.json()) as { id: string; links: { observer: string } };
  const base = (await (
    await request.get(`${baseURL}/api/boards/${created.id}/export.json`, {
      headers: { authorization: `Bearer ${keyOf(created.links.observer)}` },
    })
  ).json()) as {
    meta: { title: string };
    journeys: { id: string }[];
    channels: { id: string }[];
    lanes: { id: string; kind: string }[];
    [key: string]: unknown;
  };
  const journeyId = base.journeys[0]!.id;
  const pain = base.lanes.find((l) => l.kind === 'pain-points') ?? base.lanes[0]!;
  const pad = (n: number) => String(n).padStart(4, '0');
  const board = {
    ...base,
    meta: { ...base.meta, title: 'Large board' },
    stages: [{ id: 'stage-big', journeyId, title: 'Everything', order: 'a0' }],
    steps: Array.from({ length: STEPS }, (_, i) => ({
      id: `step-${pad(i)}`,
      journeyId,
      stageId: 'stage-big',
      channelId: base.channels[i % base.channels.length]!.id,
      order: `a${pad(i)}`,
      title: `Step number ${i + 1}`,
      doing: 'Something the customer does at this point of the journey',
      score: 1 + ((i * 7) % 10),
    })),
    notes: Array.from({ length: STEPS * 3 }, (_, i) => ({
      id: `note-${pad(i)}`,
      stepId: `step-${pad(i % STEPS)}`,
      laneId: pain.id,
      text: `Pain point ${i + 1}: waiting far too long`,
      color: '#fde68a',
      order: `a${pad(i)}`,
    })),
  };
  const imported = await request.post(`${baseURL}/api/boards/import`, { data: board });
  expect(imported.status()).toBe(201);
  const { links } = (await imported.json()) as { links: { facilitator: string } };
  const link = new URL(links.facilitator);
  await page.goto(`${link.pathname}${link.hash}`);
  await page.getByRole('dialog', { name: 'What should we call you?' }).getByLabel('Your name').fill('Fran');
  await page.getByRole('button', { name: 'Join board' }).click();
  await expectConnected(page);
  await page.getByRole('button', { name: 'After the workshop' }).click();
  const panel = page.getByRole('complementary', { name: 'After the workshop' });
  await panel.getByRole('tab', { name: 'Export' }).click();
  const size = await posterSize(panel);
  expect(size[0]! * 2).toBeGreaterThan(16_384);

  // Watch the main thread while exporting: frames painted, the progress values they showed, and the
  // longest gap between two frames.
  await page.evaluate(() => {
    const w = window as unknown as {
      __watch: { maxGap: number; frames: number; values: Set<string>; on: boolean };
    };
    w.__watch = { maxGap: 0, frames: 0, values: new Set(), on: true };
    let last = performance.now();
    const tick = (now: number) => {
      const watch = w.__watch;
      watch.maxGap = Math.max(watch.maxGap, now - last);
      watch.frames++;
      last = now;
      const bar = document.querySelector('.after-panel progress') as HTMLProgressElement | null;
      if (bar) watch.values.add(bar.value.toFixed(3));
      if (watch.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 170_000 }),
    (async () => {
      await panel.getByRole('button', { name: 'Download PNG (2×)' }).click();
      await expect(panel.getByRole('progressbar')).toBeVisible();
    })(),
  ]);
  const seconds = (Date.now() - started) / 1000;
  const watch = await page.evaluate(() => {
    const w = window as unknown as {
      __watch: { maxGap: number; frames: number; values: Set<string>; on: boolean };
    };
    w.__watch.on = false;
    return { maxGap: w.__watch.maxGap, frames: w.__watch.frames, values: w.__watch.values.size };
  });
  const png = await readFile((await file.path()) ?? '');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size[0]! * 2, size[1]! * 2]);
  console.log(
    `large board ${STEPS} steps, ${size[0]}×${size[1]} → PNG ${png.readUInt32BE(16)}×${png.readUInt32BE(20)}, ` +
      `${(png.length / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s; ${watch.frames} frames painted, ` +
      `${watch.values} progress values shown, longest frame gap ${Math.round(watch.maxGap)} ms`,
  );
  // The page kept painting: the progress bar moved through many values while the export ran.
  expect(watch.values).toBeGreaterThanOrEqual(10);
  expect(watch.frames).toBeGreaterThanOrEqual(seconds * 5);
  // No single freeze: generous, because the test machine's CPU is shared (about 0.2 s when it is idle).
  expect(watch.maxGap).toBeLessThan(2_000);
});
