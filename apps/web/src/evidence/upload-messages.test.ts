import { describe, expect, it } from 'vitest';
import { formatBytes } from '../i18n/format';
import { activateLanguage, t } from '../i18n/i18n';
import { precheckFile, refusedFile, uploadFailure } from './upload-messages';

describe('upload messages', () => {
  it('prechecks the browser’s type hint and emptiness; unknown types go to the relay', () => {
    expect(precheckFile({ type: 'image/png', size: 10 })).toBeNull();
    expect(precheckFile({ type: '', size: 10 })).toBeNull();
    expect(precheckFile({ type: 'image/svg+xml', size: 10 })).toBe('type');
    expect(precheckFile({ type: 'application/pdf', size: 0 })).toBe('empty');
    expect(t(refusedFile('', 'empty'))).toBe('The file: the file is empty.');
  });

  it('says each refusal from its code, and whether a retry can help', () => {
    const tooBig = uploadFailure('too_large', 'the file is larger than 10 MiB');
    expect(tooBig.retry).toBe(false);
    expect(t(tooBig.text)).toBe('Too big: the file is larger than 10 MiB.');
    expect(t(uploadFailure('too_large', 'something else').text)).toBe(
      'Too big: the file is larger than the relay accepts.',
    );
    expect(uploadFailure('quota', 'full').retry).toBe(false);
    expect(t(uploadFailure('role', 'x').text)).toMatch(/watch, not add files/);
    expect(uploadFailure('network', 'x').retry).toBe(true);
    expect(uploadFailure('http_500', 'internal error').retry).toBe(true);
    expect(t(uploadFailure('gone', '', 'note').text)).toBe('Not attached: the note was deleted meanwhile.');
  });

  it('says them in Dutch too, with the relay’s sizes and never its English', async () => {
    await activateLanguage('nl');
    try {
      expect(t(uploadFailure('quota', "this board's files are full (9.5 MiB of 10 MiB)").text)).toBe(
        'Geen ruimte meer: de bestanden van dit bord zijn vol (9.5 MiB van 10 MiB). Verwijder bestanden die het bord niet meer nodig heeft.',
      );
      expect(t(refusedFile('x.svg', 'type'))).toBe(
        'x.svg: alleen afbeeldingen (PNG, JPEG, WebP, GIF) en pdf-documenten kunnen worden toegevoegd.',
      );
      expect(formatBytes('nl', 3.5 * 1024 * 1024)).toBe('3,5 MB');
    } finally {
      await activateLanguage('en');
    }
  });

  it('formats sizes', () => {
    expect(formatBytes('en', 512)).toBe('512 B');
    expect(formatBytes('en', 2048)).toBe('2 KB');
    expect(formatBytes('en', 3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});
