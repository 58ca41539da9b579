import type { Route } from '@playwright/test';
import { keyOf, outline } from './board-helpers';
import { dropPdf, evidence, notePoint, pasteScreenshot } from './evidence-helpers';
import { expect } from './fixtures';
import { test } from './workshop-helpers';

const NOTE = 'Bot transcript not passed to the agent';

test.describe('evidence on the board', () => {
  test.describe.configure({ timeout: 420_000 });

  test('a pasted screenshot and a dropped PDF reach everyone; observers cannot upload; restore and undo keep them; the zip re-imports with the files', async ({
    baseURL,
    workshop,
  }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const olga = await workshop.join('observer', 'Olga');

    // Before anything is attached, the facilitator saves a checkpoint.
    const after = fay.page.getByRole('complementary', { name: 'After the workshop' });
    await fay.page.getByRole('button', { name: 'After the workshop' }).click();
    await after.getByRole('tab', { name: 'History' }).click();
    await after.getByRole('textbox', { name: 'Checkpoint name' }).fill('Before the evidence');
    await after.getByRole('button', { name: 'Save checkpoint' }).click();
    const checkpoints = after.getByRole('list', { name: 'Checkpoints' });
    await expect(checkpoints.getByRole('listitem').filter({ hasText: 'Before the evidence' })).toBeVisible();
    await fay.page.getByRole('button', { name: 'After the workshop' }).click();
    await expect(after).toBeHidden();

    // Ann selects a step and pastes a screenshot onto it.
    const stepName = 'Step 3: Opens a chat';
    await outline(ann.page).getByRole('button', { name: stepName, exact: true }).click();
    await pasteScreenshot(ann.page);
    const annEvidence = evidence(ann.page);
    await expect(annEvidence.getByRole('button', { name: 'Open screenshot.png' })).toBeVisible({
      timeout: 15_000,
    });
    await annEvidence
      .getByRole('textbox', { name: 'Caption (alt text) of screenshot.png' })
      .fill('Search finds nothing');
    await annEvidence.getByRole('textbox', { name: 'Caption (alt text) of screenshot.png' }).press('Enter');

    // She drops a PDF on a note on the canvas.
    await dropPdf(ann.page, await notePoint(ann.page, NOTE));
    await expect(
      ann.page.getByRole('status').filter({ hasText: 'invoice.pdf attached.' }).first(),
    ).toBeAttached({
      timeout: 15_000,
    });

    await ann.page.screenshot({ path: test.info().outputPath('participant-after-attach.png') });
    // The facilitator and the observer see the thumbnail (its caption is its alt text) and open both.
    for (const member of [fay, olga]) {
      const { page } = member;
      await outline(page).getByRole('button', { name: stepName, exact: true }).click();
      const list = evidence(page);
      const open = list.getByRole('button', { name: 'Open Search finds nothing' });
      await expect(open).toBeVisible();
      await expect(open.getByRole('img', { name: 'Search finds nothing' })).toBeVisible();
      await expect
        .poll(() => open.getByRole('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
      if (member === olga) await page.screenshot({ path: test.info().outputPath('observer-evidence.png') });
      await open.click();
      const viewer = page.getByRole('dialog', { name: 'Evidence 1 of 1' });
      await expect(viewer.getByRole('img', { name: 'Search finds nothing' })).toBeVisible();
      if (member === fay) await page.screenshot({ path: test.info().outputPath('viewer.png') });
      await page.keyboard.press('Escape');
      await expect(viewer).toBeHidden();

      const point = await notePoint(page, NOTE);
      await page.mouse.click(point.x, point.y);
      const noteEvidence = page.getByRole('region', { name: /^Evidence on the selected note/ });
      await noteEvidence.getByRole('button', { name: 'Open invoice.pdf' }).click();
      const pdfViewer = page.getByRole('dialog', { name: 'Evidence 1 of 1' });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        pdfViewer.getByRole('button', { name: 'Download invoice.pdf' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('invoice.pdf');
      await page.keyboard.press('Escape');
      // Watchers are offered nothing to add.
      if (member === olga) await expect(page.getByText('Add file')).toHaveCount(0);
    }

    // An observer's upload is refused by the relay, whatever the page offers.
    const observerKey = keyOf(workshop.board.links.observer);
    const refused = await olga.page.evaluate(
      async ({ boardId, key }) => {
        const response = await fetch(`/api/boards/${boardId}/files`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/octet-stream' },
          body: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]),
        });
        return { status: response.status, body: await response.json() };
      },
      { boardId: workshop.board.id, key: observerKey },
    );
    expect(refused).toEqual({ status: 403, body: { error: 'observers cannot add files', code: 'role' } });

    // Restoring the checkpoint from before the upload takes the evidence away for everyone; undo brings
    // it back, with its file still there (history keeps the blobs it refers to).
    await fay.page.getByRole('button', { name: 'After the workshop' }).click();
    await after.getByRole('tab', { name: 'History' }).click();
    await checkpoints.getByRole('button', { name: /^Preview Before the evidence/ }).click();
    await after
      .getByRole('region', { name: /^Preview \(read-only\): Before the evidence/ })
      .getByRole('button', { name: 'Restore this checkpoint' })
      .click();
    const annOpen = evidence(ann.page).getByRole('button', { name: 'Open Search finds nothing' });
    await expect(annOpen).toHaveCount(0);
    await fay.page.getByRole('button', { name: 'Undo' }).click();
    await expect(annOpen).toBeVisible();
    await expect
      .poll(() => annOpen.getByRole('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);

    // The zip export holds the board and its files, and imports as a new board with them.
    const panel = after;
    await panel.getByRole('tab', { name: 'Export' }).click();
    const [zipDownload] = await Promise.all([
      fay.page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download board with files (.zip)' }).click(),
    ]);
    expect(zipDownload.suggestedFilename()).toMatch(/\.zip$/);
    const zipPath = await zipDownload.path();
    const { readFileSync } = await import('node:fs');
    const zip = readFileSync(zipPath);
    const imported = await fetch(`${baseURL}/api/boards/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/zip' },
      body: zip,
    });
    expect(imported.status).toBe(201);
    const created = (await imported.json()) as { id: string; links: { facilitator: string } };
    const newKey = keyOf(created.links.facilitator);
    const original = (await (
      await fetch(`${baseURL}/api/boards/${workshop.board.id}/export.json`, {
        headers: { authorization: `Bearer ${keyOf(workshop.board.links.facilitator)}` },
      })
    ).json()) as { attachments: { hash: string }[] };
    const copy = (await (
      await fetch(`${baseURL}/api/boards/${created.id}/export.json`, {
        headers: { authorization: `Bearer ${newKey}` },
      })
    ).json()) as { attachments: { hash: string }[] };
    expect(copy.attachments).toEqual(original.attachments);
    expect(copy.attachments).toHaveLength(2);
    for (const { hash } of copy.attachments) {
      const response = await fetch(`${baseURL}/api/boards/${created.id}/files/${hash}`, {
        headers: { authorization: `Bearer ${newKey}` },
      });
      expect(response.status).toBe(200);
    }
  });

  test('an image added offline survives a closed tab: it uploads when the board is opened again, once', async ({
    baseURL,
    workshop,
  }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const stepName = 'Step 3: Opens a chat';

    // Ann is on the train: she selects a step, loses the connection and pastes a screenshot onto it.
    await outline(ann.page).getByRole('button', { name: stepName, exact: true }).click();
    await expect(evidence(ann.page).getByText('Add file')).toBeVisible();
    await ann.context.setOffline(true);
    await expect(ann.page.locator('.connection')).toHaveAttribute('data-status', 'offline');
    await pasteScreenshot(ann.page);
    const pending = evidence(ann.page).getByRole('listitem').filter({ hasText: 'screenshot.png' });
    await expect(pending.getByText('Offline: uploads when the connection is back')).toBeVisible();
    // It shows at once, and is kept on the device before she closes the tab.
    await expect(pending.getByRole('img', { name: 'screenshot.png' })).toBeVisible();
    await expect(pending.getByText(/^Kept on this device/)).toBeVisible();
    await expect(
      ann.page.getByRole('status').filter({ hasText: '1 file waits for the connection' }),
    ).toBeVisible();
    await evidence(ann.page).screenshot({ path: test.info().outputPath('offline-kept.png') });
    await ann.page.close();

    // Nobody else has a reference to a file the relay does not have.
    const facilitatorKey = keyOf(workshop.board.links.facilitator);
    const attachments = async () =>
      (
        (await (
          await fetch(`${baseURL}/api/boards/${workshop.board.id}/export.json`, {
            headers: { authorization: `Bearer ${facilitatorKey}` },
          })
        ).json()) as { attachments: { hash: string; id: string }[] }
      ).attachments;
    expect(await attachments()).toEqual([]);

    // Back online, she opens the board again: the kept file uploads and is attached, once.
    await ann.context.setOffline(false);
    const again = await ann.context.newPage();
    await again.goto(workshop.board.links.participant);
    await expect(again.getByText('Connected', { exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(
      again.getByRole('status').filter({ hasText: 'screenshot.png attached.' }).first(),
    ).toBeAttached({
      timeout: 30_000,
    });

    // The facilitator, in another browser, sees the image.
    await outline(fay.page).getByRole('button', { name: stepName, exact: true }).click();
    const open = evidence(fay.page).getByRole('button', { name: 'Open screenshot.png' });
    await expect(open).toBeVisible();
    await expect
      .poll(() => open.getByRole('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await evidence(fay.page).screenshot({ path: test.info().outputPath('resumed-upload-facilitator.png') });
    expect(await attachments()).toHaveLength(1);

    // Opening the board once more attaches nothing twice: the device no longer keeps it.
    await again.reload();
    await expect(again.getByText('Connected', { exact: true })).toBeVisible({ timeout: 60_000 });
    await outline(again).getByRole('button', { name: stepName, exact: true }).click();
    await expect(evidence(again).getByRole('button', { name: 'Open screenshot.png' })).toHaveCount(1);
    await expect(evidence(again).getByText(/^Kept on this device/)).toHaveCount(0);
    expect(await attachments()).toHaveLength(1);
  });

  test('a screenshot pasted and a PDF dropped before the evidence code arrived are attached, not lost', async ({
    workshop,
  }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const ann = await workshop.join('participant', 'Ann');
    const stepName = 'Step 3: Opens a chat';
    // Ann's connection is slow: the board's later parts (evidence, marks, the workshop's ratings) are
    // held back on their way, while the board itself is drawn.
    const held: Route[] = [];
    await ann.page.route('**/assets/board-parts-host-*.js', (route) => {
      held.push(route);
    });
    await ann.page.reload();
    await expect(ann.page.getByText('Connected', { exact: true })).toBeVisible({ timeout: 60_000 });
    // The board is drawn: its later parts were asked for, and have not arrived.
    await expect.poll(() => held.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await outline(ann.page).getByRole('button', { name: stepName, exact: true }).click();
    await expect(evidence(ann.page)).toHaveCount(0);

    // She pastes a screenshot onto the selected step, and drops a PDF on a note.
    await pasteScreenshot(ann.page);
    await expect(
      ann.page.getByRole('status').filter({ hasText: 'screenshot.png attached.' }).first(),
    ).toBeAttached({ timeout: 30_000 });
    await dropPdf(ann.page, await notePoint(ann.page, NOTE));
    await expect(
      ann.page.getByRole('status').filter({ hasText: 'invoice.pdf attached.' }).first(),
    ).toBeAttached({ timeout: 30_000 });
    // Still without the evidence section: the files went through the upload code, loaded on demand.
    await expect(evidence(ann.page)).toHaveCount(0);

    // The facilitator sees both.
    await outline(fay.page).getByRole('button', { name: stepName, exact: true }).click();
    await expect(evidence(fay.page).getByRole('button', { name: 'Open screenshot.png' })).toBeVisible();

    // The later parts arrive: Ann's evidence section shows the file too.
    for (const route of held) await route.continue();
    await ann.page.unroute('**/assets/board-parts-host-*.js');
    await expect(evidence(ann.page).getByRole('button', { name: 'Open screenshot.png' })).toBeVisible({
      timeout: 30_000,
    });
  });

  test('a screenshot pasted before the paste code arrived is kept and attached once it is', async ({
    workshop,
  }) => {
    const ann = await workshop.join('participant', 'Ann');
    const stepName = 'Step 3: Opens a chat';
    // Ann's paste code (loaded once the board is drawn) is held back on its way.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = false;
    await ann.page.route('**/assets/board-paste-*.js', async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await ann.page.reload();
    await expect(ann.page.getByText('Connected', { exact: true })).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => asked, { timeout: 30_000 }).toBe(true);
    await outline(ann.page).getByRole('button', { name: stepName, exact: true }).click();

    // She pastes a screenshot onto the selected step: kept, not attached yet.
    await pasteScreenshot(ann.page);
    const attached = ann.page.getByRole('status').filter({ hasText: 'screenshot.png attached.' });
    await expect(attached).toHaveCount(0);
    // Then she selects another step: the screenshot still goes where she pasted it.
    await outline(ann.page)
      .getByRole('button', { name: /^Step 1: / })
      .click();

    release();
    await expect(attached.first()).toBeAttached({ timeout: 30_000 });
    await outline(ann.page).getByRole('button', { name: stepName, exact: true }).click();
    await expect(evidence(ann.page).getByRole('button', { name: 'Open screenshot.png' })).toBeVisible({
      timeout: 30_000,
    });
  });

  test('the PNG and PDF posters show the evidence thumbnails under the board', async ({ workshop }) => {
    const fay = await workshop.join('facilitator', 'Fay');
    const { page } = fay;
    const stepName = 'Step 3: Opens a chat';
    await outline(page).getByRole('button', { name: stepName, exact: true }).click();
    await pasteScreenshot(page);
    const open = evidence(page).getByRole('button', { name: 'Open screenshot.png' });
    await expect(open).toBeVisible({ timeout: 15_000 });
    await evidence(page)
      .getByRole('textbox', { name: 'Caption (alt text) of screenshot.png' })
      .fill('Search finds nothing');
    await evidence(page)
      .getByRole('textbox', { name: 'Caption (alt text) of screenshot.png' })
      .press('Enter');
    await expect(evidence(page).getByRole('button', { name: 'Open Search finds nothing' })).toBeVisible();
    // The step's card on the canvas shows the thumbnail too (fetched once the board is drawn).
    const card = await notePoint(page, 'Opens a chat');
    await expect
      .poll(() =>
        page.evaluate(() => {
          type Stage = { container(): HTMLElement; find(selector: string): unknown[] };
          const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva;
          const stage = konva?.stages.find((s) => s.container().closest('[data-testid="journey-canvas"]'));
          return stage?.find('Image').length ?? 0;
        }),
      )
      .toBeGreaterThan(0);
    await page.screenshot({
      path: test.info().outputPath('card-thumbnail.png'),
      clip: { x: Math.max(0, card.x - 60), y: Math.max(0, card.y - 40), width: 320, height: 160 },
    });

    await page.getByRole('button', { name: 'After the workshop' }).click();
    const panel = page.getByRole('complementary', { name: 'After the workshop' });
    await panel.getByRole('tab', { name: 'Export' }).click();
    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        panel.getByRole('button', { name }).click(),
      ]);
      const { readFile } = await import('node:fs/promises');
      return readFile((await file.path()) ?? '');
    };
    const png = await download('Download PNG (2×)');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(test.info().outputPath('poster-with-evidence.png'), png);
    // Look at the picture: the screenshot's dark blue is drawn in the poster, under the board.
    const look = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let blue = 0;
      let top = bitmap.height;
      for (let i = 0; i < data.length; i += 4) {
        const near = (v: number, want: number) => Math.abs(v - want) < 16;
        if (near(data[i]!, 0x1e) && near(data[i + 1]!, 0x3a) && near(data[i + 2]!, 0x8a)) {
          blue++;
          top = Math.min(top, Math.floor(i / 4 / bitmap.width));
        }
      }
      return { blue, top, height: bitmap.height };
    }, png.toString('base64'));
    // A 200×125 thumbnail at 2×, most of it blue; and it sits in the lower part, under the board.
    expect(look.blue).toBeGreaterThan(40_000);
    expect(look.top).toBeGreaterThan(look.height / 2);

    const pdf = await download('Download PDF poster');
    expect(pdf.toString('latin1').startsWith('%PDF-')).toBe(true);
    await expect(panel.getByRole('status').filter({ hasText: 'PDF poster downloaded' })).toBeVisible();

    // When a thumbnail cannot be fetched, the poster still comes, with a placeholder that says so.
    await page.route('**/files/*?variant=thumb', (route) => route.abort());
    await page.reload();
    await expect(page.getByText('Connected', { exact: true })).toBeVisible({ timeout: 60_000 });
    if (!(await panel.isVisible())) await page.getByRole('button', { name: 'After the workshop' }).click();
    await panel.getByRole('tab', { name: 'Export' }).click();
    const fallback = await download('Download PNG (2×)');
    await expect(panel.getByRole('status').filter({ hasText: /PNG downloaded/ })).toBeVisible();
    await writeFile(test.info().outputPath('poster-thumbnail-missing.png'), fallback);
    expect(fallback.readUInt32BE(20)).toBe(png.readUInt32BE(20));
  });
});
