import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-browser';

const browser = findChromium();
const SCREENSHOT_SPECS = ['**/*-screenshots.spec.ts'];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // The pictures for the docs are made on request (`npm run screenshots`), not in every test run: what
  // they show is asserted by the specs of each feature.
  projects: [
    { name: 'e2e', testIgnore: SCREENSHOT_SPECS },
    { name: 'screenshots', testMatch: SCREENSHOT_SPECS },
  ],
  fullyParallel: false,
  // Three workers on this 2-core machine: the tests wait on relays and several browsers more than they
  // compute. Whole suite here: 89 tests in 14.8 min with 3 workers (7 Dec); 85 in 15.2 min with 2 (6 Dec).
  workers: 3,
  retries: process.env.CI ? 1 : 0,
  // Several browsers per test on a 2-core machine: slow is not stuck. Tests wait for state, never for time.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: '../test-results',
  globalSetup: './global-setup.ts',
  use: {
    browserName: 'chromium',
    // The interface follows the browser's language: tests read English unless they ask for another.
    locale: 'en-US',
    launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS },
    // Recording a trace costs about 40 % more time on every test (measured on board-collaboration):
    // record it when a failed test runs again, where it explains the failure.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
});
