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
function watchNewContexts(
  browser: Browser,
  onContext: (context: BrowserContext) => Promise<void> | void,
): () => void {
  const newContext = browser.newContext;
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext.apply(browser, args);
    await onContext(context);
    return context;
  };
  return () => {
    browser.newContext = newContext;
  };
}

export const test = base.extend<{ expectedPageErrors: readonly RegExp[]; failOnPageErrors: undefined }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  baseURL: async ({}, use) => {
    const url = process.env.JOURNEYBOARD_URL;
    if (!url) throw new Error('JOURNEYBOARD_URL is not set: the global setup did not start the server');
    await use(url);
  },
  /**
   * Exceptions a test provokes on purpose (`test.use`): each must happen at least once, and only they may
   * happen.
   */
  expectedPageErrors: [[], { option: true }],
  // Auto: set up before the test's own fixtures (its `context` and `page` included), for every test.
  failOnPageErrors: [
    async ({ browser, expectedPageErrors }, use) => {
      const errors: PageError[] = [];
      const stopWatching = watchNewContexts(browser, async (context) => {
        // Whatever the relay's Content-Security-Policy blocks is a defect too: it becomes a page error.
        await context.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            setTimeout(() => {
              throw new Error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
            });
          });
        });
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
      const isExpected = (error: PageError) =>
        expectedPageErrors.some((pattern) => pattern.test(error.stack));
      expect(
        errors.filter((error) => !isExpected(error)).map((error) => `${error.url}\n${error.stack}`),
        'uncaught exceptions in the pages',
      ).toEqual([]);
      expect(
        expectedPageErrors
          .filter((pattern) => !errors.some((error) => pattern.test(error.stack)))
          .map(String),
        'exceptions the test expected that never reached the guard',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
