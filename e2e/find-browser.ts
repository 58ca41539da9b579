import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface BrowserChoice {
  /** undefined means Playwright's own downloaded browser. */
  executablePath: string | undefined;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

/** CHROMIUM_PATH first, then a system Chromium, then the browser Playwright downloaded itself. */
export function findChromium(): BrowserChoice {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(
        `CHROMIUM_PATH is set to ${fromEnv}, but no file is there. Point it at a Chromium binary.`,
      );
    }
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { executablePath: system, source: 'system' };
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { executablePath: undefined, source: 'playwright' };
  throw new Error(
    [
      'No Chromium found for the browser tests. Fix it with one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - any system: npx playwright install chromium',
      '  - or set CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
