// What each full-size canvas costs a frame in this browser: N stacked canvases of the board's size are
// cleared and refilled every animation frame (as a pan redraws every Konva layer), plus a fixed amount
// of busy script, and the frames over 20 ms are counted. Without a GPU the compositor copies and blends
// each canvas in software, so fewer canvases leave more of the frame to the script.
//
//   npx tsx apps/web/bench/canvas-count.ts            (1–4 canvases at 11, 12 and 13 ms of script a frame)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../e2e/find-browser';

const CANVAS = { width: 1100, height: 850 };
const SECONDS = 4;

async function main() {
  const browser = await chromium.launch({
    executablePath: findChromium().executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    console.log('canvases  script/frame  frames  over 20 ms  p95');
    for (const busyMs of [11, 12, 13]) {
      for (const count of [4, 3, 2, 1]) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        // tsx keeps function names with a `__name` helper that does not exist inside the page.
        await page.addInitScript('window.__name = (fn) => fn;');
        await page.goto('about:blank');
        const result = await page.evaluate(
          async ({ count, busyMs, canvas, seconds }) => {
            const contexts: CanvasRenderingContext2D[] = [];
            for (let i = 0; i < count; i++) {
              const element = document.createElement('canvas');
              element.width = canvas.width;
              element.height = canvas.height;
              element.style.cssText = 'position:absolute;left:0;top:0';
              document.body.appendChild(element);
              contexts.push(element.getContext('2d') as CanvasRenderingContext2D);
            }
            const intervals: number[] = [];
            const started = performance.now();
            let last = started;
            await new Promise<void>((resolve) => {
              const tick = (now: number) => {
                intervals.push(now - last);
                last = now;
                const frameStart = performance.now();
                // The same 200 rectangles a frame in total, spread over the canvases.
                contexts.forEach((context, k) => {
                  context.clearRect(0, 0, canvas.width, canvas.height);
                  for (let j = 0; j < 200 / count; j++) {
                    context.fillStyle = `hsl(${(j * 7 + now / 10) % 360},50%,50%)`;
                    context.fillRect((j * 37 + now / 5 + k * 13) % 1000, (j * 53) % 800, 60, 40);
                  }
                });
                while (performance.now() - frameStart < busyMs) {
                  // The rest of a frame's script: React, Konva's scene graph.
                }
                if (now - started < seconds * 1000) requestAnimationFrame(tick);
                else resolve();
              };
              requestAnimationFrame(tick);
            });
            intervals.sort((a, b) => a - b);
            return {
              frames: intervals.length,
              slow: intervals.filter((ms) => ms > 20).length,
              p95: intervals[Math.floor(intervals.length * 0.95)] ?? 0,
            };
          },
          { count, busyMs, canvas: CANVAS, seconds: SECONDS },
        );
        console.log(
          `${String(count).padStart(8)}  ${`${busyMs} ms`.padStart(12)}  ${String(result.frames).padStart(6)}  ${String(result.slow).padStart(10)}  ${result.p95.toFixed(1)} ms`,
        );
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
