/**
 * Whether an error says that a piece of the app's own code (a lazily loaded module, or a language's
 * messages) did not arrive: the browser's words for it are technical and English whatever the reader's
 * language, so the interface words it itself (check the connection, try again).
 */
export function isCodeLoadError(error: unknown): boolean {
  if (error instanceof CodeNotFetchedError) return true;
  if (!(error instanceof Error)) return false;
  return CODE_LOAD_MESSAGES.some((pattern) => pattern.test(error.message));
}

const CODE_LOAD_MESSAGES: readonly RegExp[] = [
  // Chromium
  /Failed to fetch dynamically imported module/i,
  // Firefox
  /error loading dynamically imported module/i,
  // Safari
  /Importing a module script failed/i,
  // Vite's preloading of a lazy module's stylesheet
  /Unable to preload CSS/i,
];

/**
 * A part's code that was not even requested, because the device was offline: a request that fails is
 * remembered by the browser for the rest of the page's life (see code-retry.ts), so none is made.
 */
export class CodeNotFetchedError extends Error {
  constructor() {
    super('The code was not requested: this device is offline');
    this.name = 'CodeNotFetchedError';
  }
}
