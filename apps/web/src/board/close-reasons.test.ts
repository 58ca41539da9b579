import { describe, expect, it } from 'vitest';
import { t } from '../i18n/i18n';
import { explainClose, shouldReconnectAfter } from './close-reasons';

describe('explainClose', () => {
  it('explains a rotated or wrong key as permanent', () => {
    const explanation = explainClose(4401);
    expect(explanation.terminal).toBe(true);
    expect(t(explanation.message)).toMatch(/key is wrong or has been replaced/);
  });

  it('treats a deleted board and an oversized document as permanent', () => {
    expect(explainClose(4404).terminal).toBe(true);
    expect(explainClose(4413).terminal).toBe(true);
  });

  it('retries rate limits, full boards and restarts', () => {
    for (const code of [4429, 4503, 1012, 1013, 1011, 1006]) {
      expect(shouldReconnectAfter({ code })).toBe(true);
    }
  });

  it('follows the 44xx convention for unknown codes and keeps the reason', () => {
    expect(explainClose(4499, 'policy').terminal).toBe(true);
    expect(t(explainClose(4499, 'policy').message)).toBe('The relay refused this board (policy).');
    expect(t(explainClose(4999).message)).toBe('The connection closed.');
    expect(explainClose(4999).terminal).toBe(false);
  });
});
