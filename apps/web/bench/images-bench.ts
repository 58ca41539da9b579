// The web bench's `images` section (BENCH_SECTIONS=images): the 200-step board opened with an image on
// every step and without any, alternating, in fresh browser contexts. The images are uploaded through the
// relay's real upload API (type read from the bytes, re-encoded, thumbnailed) and then referenced from
// the board, as a browser does. The aim: the board with images draws its first complete render within
// 10 % of the board without them (thumbnails load after the first render).
import { loadavg } from 'node:os';
import { addAttachment, type StoredBlob } from '@journeyboard/journey';
import type { Browser } from '@playwright/test';
import sharp from 'sharp';
import { firstRenderMarks, waitForFirstRender } from './first-render-marks';
import { connect, createLargeBoard, waitFor } from './fixture-board';
import { waitForQuietMachine } from './quiet-machine';
import { summarise } from './stats';

const SIZE = { steps: 200, channels: 6, notes: 1500 };
const IMAGES = 200;
const VIEWPORT = { width: 1440, height: 900 };
const AIM_RATIO = 1.1;
/**
 * How long after the first render the page is watched for thumbnails (a bench, not a test): they are
 * fetched once the board is drawn and the browser had an idle moment, up to 3 s later on a busy machine.
 */
const WATCH_THUMBS_MS = Number(process.env.BENCH_THUMB_WATCH_MS ?? 6000);

/** A photo-sized PNG, different for each `i` (so each is its own blob). */
function picture(i: number): Promise<Buffer> {
  const background = { r: (i * 37) % 256, g: (i * 91) % 256, b: 255 - (i % 256) };
  return sharp({ create: { width: 1200, height: 900, channels: 3, background } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="1200" height="900"><rect x="80" y="80" width="${200 + (i % 600)}" height="120" fill="#fff"/></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer();
}

async function upload(url: string, boardId: string, key: string, bytes: Buffer): Promise<StoredBlob> {
  const response = await fetch(`${url}/api/boards/${boardId}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
  if (response.status !== 201) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  return (await response.json()) as StoredBlob;
}

/** Uploads IMAGES pictures and attaches one to each of the first IMAGES steps. */
async function attachImages(url: string, boardId: string, key: string): Promise<void> {
  const blobs: StoredBlob[] = [];
  for (let i = 0; i < IMAGES; i++) blobs.push(await upload(url, boardId, key, await picture(i)));
  const writer = connect(url, boardId, key);
  await waitFor(() => writer.provider.synced, 'the image writer to sync');
  writer.doc.transact(() => {
    blobs.forEach((blob, i) => {
      addAttachment(
        writer.doc,
        { parent: { kind: 'step', id: `step-${i % SIZE.steps}` }, blob, caption: `Evidence ${i}` },
        'bench',
      );
    });
  }, 'bench');
  const checker = connect(url, boardId, key);
  await waitFor(
    () => checker.provider.synced && checker.doc.getMap('attachments').size >= IMAGES,
    'the relay to hold the attachments',
  );
  checker.provider.destroy();
  writer.provider.destroy();
}

interface Opening {
  readonly firstRenderMs: number;
  /** Thumbnail requests started before the first complete render (the aim: none). */
  readonly thumbsBefore: number;
  /** Thumbnails fetched within WATCH_THUMBS_MS after it, and when the last of them arrived. */
  readonly thumbsAfter: number;
  readonly lastThumbMs: number | null;
  /** When the relay's answer arrived and when the canvas mounted (to see where a difference lies). */
  readonly contentAnswerMs: number | null;
  readonly canvasMountedMs: number | null;
}

async function open(browser: Browser, link: string): Promise<Opening> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript('window.__name = (fn) => fn;');
    await context.addInitScript(firstRenderMarks, SIZE.steps);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.stack ?? error.message));
    await page.goto(link);
    const firstRenderMs = await waitForFirstRender(page, 60_000);
    await page.waitForTimeout(WATCH_THUMBS_MS);
    const thumbs = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/files/') && entry.name.includes('variant=thumb'))
        .map((entry) => ({ start: entry.startTime, end: (entry as PerformanceResourceTiming).responseEnd })),
    );
    const marks = await page.evaluate(
      () => (window as unknown as { benchMarks: Record<string, number | undefined> }).benchMarks,
    );
    const before = thumbs.filter((thumb) => thumb.start < firstRenderMs);
    const after = thumbs.filter((thumb) => thumb.start >= firstRenderMs);
    return {
      firstRenderMs,
      thumbsBefore: before.length,
      thumbsAfter: after.length,
      lastThumbMs: after.length > 0 ? Math.max(...after.map((thumb) => thumb.end)) : null,
      contentAnswerMs: marks.contentAnswer ?? null,
      canvasMountedMs: marks.canvasMounted ?? null,
    };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** Runs the section on a started relay; prints each opening, the medians and the load average. */
export async function imagesBench(url: string, browser: Browser): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  console.log(`images: two boards of ${SIZE.steps} steps; uploading ${IMAGES} images to one of them…`);
  const plain = await createLargeBoard(url, SIZE);
  const withImages = await createLargeBoard(url, SIZE);
  const uploadStarted = Date.now();
  await attachImages(url, withImages.boardId, withImages.key);
  console.log(`images: ${IMAGES} images uploaded and attached in ${Date.now() - uploadStarted} ms`);
  if (!process.env.BENCH_NO_SETTLE) {
    const settled = await waitForQuietMachine();
    console.log(
      `images: the machine ${settled.quiet ? 'went quiet' : 'did not go quiet'} (${settled.waitedMs} ms)`,
    );
  }
  const loadBefore = load();
  const without: Opening[] = [];
  const withThem: Opening[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternating which goes first, so a trend in the machine's load falls on both alike.
    const order = round % 2 === 0 ? (['without', 'with'] as const) : (['with', 'without'] as const);
    for (const which of order) {
      const result = await open(browser, which === 'with' ? withImages.link : plain.link);
      (which === 'with' ? withThem : without).push(result);
      console.log(
        `  round ${round + 1} ${which === 'with' ? 'with images   ' : 'without images'} first complete render ${ms(result.firstRenderMs)}` +
          ` (relay's answer at ${result.contentAnswerMs === null ? '?' : ms(result.contentAnswerMs)}, canvas mounted at ${result.canvasMountedMs === null ? '?' : ms(result.canvasMountedMs)})` +
          (which === 'with'
            ? `; thumbnails requested before it: ${result.thumbsBefore}, after it: ${result.thumbsAfter}` +
              (result.lastThumbMs !== null ? ` (last arrived at ${ms(result.lastThumbMs)})` : '')
            : ''),
      );
    }
  }
  const figures = (openings: readonly Opening[]) => {
    const values = openings.map((r) => r.firstRenderMs);
    return { ...summarise(values), min: Math.min(...values) };
  };
  const a = figures(without);
  const b = figures(withThem);
  const ratio = b.p50 / a.p50;
  console.log('');
  console.log(`Board with ${IMAGES} images vs the same board without (${rounds} rounds each, alternating)`);
  console.log(
    `  first complete render without images  p50 ${ms(a.p50)} (min ${ms(a.min)}, max ${ms(a.max)})`,
  );
  console.log(
    `  first complete render with images     p50 ${ms(b.p50)} (min ${ms(b.min)}, max ${ms(b.max)})`,
  );
  console.log(
    `  with / without                         ${(ratio * 100).toFixed(1)} %   ${ratio <= AIM_RATIO ? 'meets the aim' : 'MISSES the aim'} (≤ ${Math.round(AIM_RATIO * 100)} %)`,
  );
  console.log(
    `  thumbnails requested before the first render: ${withThem.reduce((sum, r) => sum + r.thumbsBefore, 0)} in all rounds`,
  );
  console.log(`  load average (1, 5, 15 min): before ${loadBefore}, after ${load()}`);
  console.log(
    `\n${JSON.stringify({ images: { rounds, without: without.map((r) => Math.round(r.firstRenderMs)), with: withThem.map((r) => Math.round(r.firstRenderMs)), ratio: Math.round(ratio * 1000) / 1000, thumbs: withThem.map((r) => [r.thumbsBefore, r.thumbsAfter]), loadBefore, loadAfter: load() } })}`,
  );
}
