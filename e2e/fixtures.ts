import { type Browser, type BrowserContext, test as base, expect } from '@playwright/test';

/** An exception nobody caught in a page: a crash the user may never see, but a defect all the same. */
interface PageError {
  readonly url: string;
  readonly stack: string;
}

/**
 * Watches every browser context the test opens, whether through the `page` fixture or its own
 * `browser.newContext()` / `browser.newPage()` (several users are several contexts).
 */
function watchNewContexts(browser: Browser, onContext: (context: BrowserContext) => void): () => void {
  const newContext = browser.newContext;
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext.apply(browser, args);
    onContext(context);
    return context;
  };
  return () => {
    browser.newContext = newContext;
  };
}

export const test = base.extend<{ failOnPageErrors: undefined }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  baseURL: async ({}, use) => {
    const url = process.env.JOURNEYBOARD_URL;
    if (!url) throw new Error('JOURNEYBOARD_URL is not set: the global setup did not start the server');
    await use(url);
  },
  // Auto: set up before the test's own fixtures (its `context` and `page` included), for every test.
  failOnPageErrors: [
    async ({ browser }, use) => {
      const errors: PageError[] = [];
      const stopWatching = watchNewContexts(browser, (context) => {
        context.on('weberror', (webError) => {
          const error = webError.error();
          errors.push({ url: webError.page()?.url() ?? '?', stack: error.stack ?? error.message });
        });
      });
      try {
        await use(undefined);
      } finally {
        stopWatching();
      }
      expect(
        errors.map((error) => `${error.url}\n${error.stack}`),
        'uncaught exceptions in the pages',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
