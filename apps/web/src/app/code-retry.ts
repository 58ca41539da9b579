import { CodeNotFetchedError, isCodeLoadError } from './code-load-error';

/** What the code loader needs to know of the device: whether it believes it is online. */
export interface Connectivity {
  readonly onLine: boolean;
}

/**
 * Loads a part's code, or, offline, rejects without requesting it (a CodeNotFetchedError): a request that
 * failed would be remembered by the browser (below), while one never made loads normally once the
 * connection returns.
 */
export function loadWhenOnline<T>(load: () => Promise<T>, device: Connectivity = navigator): Promise<T> {
  if (!device.onLine) return Promise.reject(new CodeNotFetchedError());
  return load();
}

export type CodeRetry = 'render-again' | 'reload-page';

/**
 * How "Try again" can really try again after `error`. The browser remembers a dynamic import that failed
 * for the rest of the page's life (its module map keeps the failure for that URL), and so it does the
 * chunks Vite asked for beside it (its preload helper adds a <link rel="modulepreload"> for each of the
 * chunk's imports, and they failed with it). Importing again fails at once without a request, and so does
 * importing the chunk under a cache-busting query (checked in Chromium: its own imports keep their URLs,
 * and those are remembered too). Only a new page can load that code: online, trying again reloads the
 * page (the board is on the relay and in this browser's copy); offline, the part renders again and waits
 * for the connection. Any other failure, or code that was never requested, renders the part again.
 */
export function codeRetry(error: unknown, device: Connectivity): CodeRetry {
  if (!isCodeLoadError(error) || error instanceof CodeNotFetchedError) return 'render-again';
  return device.onLine ? 'reload-page' : 'render-again';
}
