import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-browser';

const browser = findChromium();

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
