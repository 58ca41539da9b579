import { describe, expect, it, vi } from 'vitest';
import { CodeNotFetchedError, isCodeLoadError } from './code-load-error';
import { codeRetry, loadWhenOnline } from './code-retry';

const online = { onLine: true };
const offline = { onLine: false };
// Chromium's words for a chunk that did not arrive (the browser keeps this failure for the page's life).
const notArrived = new TypeError(
  'Failed to fetch dynamically imported module: http://x/assets/after-panel-open-9G.js',
);

describe('loadWhenOnline', () => {
  it('loads the code when the device is online', async () => {
    const load = vi.fn(async () => 'code');
    await expect(loadWhenOnline(load, online)).resolves.toBe('code');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('offline, requests nothing (a failed request would be remembered) and says the code did not arrive', async () => {
    const load = vi.fn(async () => 'code');
    const error = await loadWhenOnline(load, offline).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CodeNotFetchedError);
    expect(isCodeLoadError(error)).toBe(true);
    expect(load).not.toHaveBeenCalled();
  });
});

describe('codeRetry', () => {
  it('reloads the page for code the browser failed to fetch, when online (importing again cannot work)', () => {
    expect(codeRetry(notArrived, online)).toBe('reload-page');
    expect(codeRetry(new TypeError('Importing a module script failed.'), online)).toBe('reload-page');
  });

  it('offline, renders again: reloading would lose the page, and the part waits for the connection', () => {
    expect(codeRetry(notArrived, offline)).toBe('render-again');
  });

  it('renders again for code never requested (it loads normally now) and for any other failure', () => {
    expect(codeRetry(new CodeNotFetchedError(), online)).toBe('render-again');
    expect(codeRetry(new Error('bad peer data'), online)).toBe('render-again');
    expect(codeRetry('not even an error', online)).toBe('render-again');
  });
});
