import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  baseURL: async ({}, use) => {
    const url = process.env.JOURNEYBOARD_URL;
    if (!url) throw new Error('JOURNEYBOARD_URL is not set: the global setup did not start the server');
    await use(url);
  },
});

export { expect };
