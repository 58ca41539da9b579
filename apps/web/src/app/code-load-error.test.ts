import { describe, expect, it } from 'vitest';
import { isCodeLoadError } from './code-load-error';

describe('isCodeLoadError', () => {
  it('recognises each browser’s words for a lazily loaded module that did not arrive', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://127.0.0.1:3000/assets/nl-CTGF5CPu.js',
      'error loading dynamically imported module: http://localhost/assets/after-panel-x.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/workshop-panel-AbC.css',
    ]) {
      expect(isCodeLoadError(new TypeError(message)), message).toBe(true);
    }
  });

  it('leaves every other failure alone (its own message says what went wrong)', () => {
    expect(isCodeLoadError(new Error('bad peer data'))).toBe(false);
    expect(isCodeLoadError(new TypeError('fetch failed'))).toBe(false);
    expect(isCodeLoadError('Failed to fetch dynamically imported module')).toBe(false);
    expect(isCodeLoadError(null)).toBe(false);
  });
});
