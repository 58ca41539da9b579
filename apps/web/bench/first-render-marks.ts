import type { Page } from '@playwright/test';
// The milestones of a board page's first render, recorded inside the page (an init script): the content
// socket's life, the canvas mounting, the steps arriving, the first complete render and the frame after it,
// the outline. Shared by the web bench's sections, so they all time the same thing.

/** Runs in the page before anything else (`context.addInitScript(firstRenderMarks, steps)`). */
export const firstRenderMarks = (steps: number) => {
  // A new page starts on about:blank, whose storage is denied (it would throw there).
  if (location.protocol === 'about:') return;
  localStorage.setItem('journeyboard:display-name', 'Bench');
  // Milestones of the first render, to tell the canvas's share from the rest of the page.
  const marks: Record<string, number> = {};
  (window as unknown as { benchMarks: Record<string, number> }).benchMarks = marks;
  // The content room's socket: when it was created and opened, when the relay's answer arrived
  // and when the task handling it ended (Yjs applying it, the journey package reading it, React
  // rendering what changed), to tell waiting for the board from working on it.
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      if (!String(url).includes('/content')) return;
      marks.socketCreated ??= performance.now();
      this.addEventListener('open', () => {
        marks.socketOpen ??= performance.now();
      });
      this.addEventListener('message', (event) => {
        // The answer carrying the board, not the relay's small sync request or awareness.
        const bytes = event.data instanceof ArrayBuffer ? event.data.byteLength : 0;
        if (marks.contentAnswer !== undefined || bytes < 10_000) return;
        marks.contentAnswer = performance.now();
        // Runs once the task that handles the message (every listener, then React's sync render) ends.
        setTimeout(() => {
          marks.contentHandled ??= performance.now();
        }, 0);
      });
    }
  };
  new MutationObserver(() => {
    const canvas = document.querySelector<HTMLElement>('[data-testid="journey-canvas"]');
    if (canvas && marks.canvasMounted === undefined) marks.canvasMounted = performance.now();
    if (canvas && Number(canvas.dataset.stepCount) > 0 && marks.stepsArrived === undefined) {
      marks.stepsArrived = performance.now();
    }
    // The first complete render, timed in the page: the canvas knows every step and has mounted every
    // column in view, and the frame after Konva drew them (it draws on the next animation frame) has
    // begun. Timed here: Playwright polling the page and asking for two more frames added 36–202 ms
    // to the same runs (docs/benchmarks.md, sixth session).
    if (
      marks.complete === undefined &&
      canvas?.dataset.stepCount === String(steps) &&
      canvas.dataset.complete === 'true' &&
      canvas.querySelector('canvas') !== null
    ) {
      marks.complete = performance.now();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          marks.completeFramePainted = performance.now();
        }),
      );
    }
    // The accessible outline lists every step (rendered in the same commit as the canvas today).
    if (
      marks.outlineComplete === undefined &&
      canvas &&
      Number(canvas.dataset.stepCount) > 0 &&
      document.querySelectorAll('.outline-step').length >= Number(canvas.dataset.stepCount)
    ) {
      marks.outlineComplete = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
};

/** Waits for the marks' complete first render (see `firstRenderMarks`) and answers its time in ms. */
export async function waitForFirstRender(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { benchMarks: Record<string, number> }).benchMarks.completeFramePainted,
    undefined,
    { timeout: timeoutMs },
  );
  return Number(await handle.jsonValue());
}
