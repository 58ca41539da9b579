import { describe, expect, it } from 'vitest';
import { formatBytes, precheckFile, uploadFailure } from './upload-messages';

describe('upload messages', () => {
  it('prechecks the browser’s type hint and emptiness; unknown types go to the relay', () => {
    expect(precheckFile({ type: 'image/png', size: 10 })).toBeNull();
    expect(precheckFile({ type: '', size: 10 })).toBeNull();
    expect(precheckFile({ type: 'image/svg+xml', size: 10 })).toMatch(/only PNG/);
    expect(precheckFile({ type: 'application/pdf', size: 0 })).toBe('the file is empty');
  });

  it('says each refusal and whether a retry can help', () => {
    expect(uploadFailure('too_large', 'the file is larger than 10 MiB')).toEqual({
      text: 'Too big: the file is larger than 10 MiB.',
      retry: false,
    });
    expect(uploadFailure('quota', 'full').retry).toBe(false);
    expect(uploadFailure('role', 'x').text).toMatch(/watch, not add files/);
    expect(uploadFailure('network', 'x').retry).toBe(true);
    expect(uploadFailure('http_500', 'internal error').retry).toBe(true);
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});
