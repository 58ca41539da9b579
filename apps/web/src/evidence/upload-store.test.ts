import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptInOrder, parseKeptUpload } from './upload-store';

const file = () => new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
const valid = (id: string, addedAt: number) => ({
  id,
  parent: { kind: 'note', id: 'n1' },
  name: 'shot.png',
  type: 'image/png',
  caption: 'Lock-out',
  file: file(),
  addedAt,
});

describe('kept uploads read back from the device', () => {
  it('takes a well-formed record, and only its own fields', () => {
    const parsed = parseKeptUpload({ ...valid('file-1', 5), extra: 'x' });
    expect(parsed).toMatchObject({ id: 'file-1', parent: { kind: 'note', id: 'n1' }, caption: 'Lock-out' });
    expect(parsed && 'extra' in parsed).toBe(false);
  });

  it('refuses anything else without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(parseKeptUpload(value)).toBeNull();
      }),
    );
    for (const broken of [
      { ...valid('file-1', 1), parent: { kind: 'stage', id: 's' } },
      { ...valid('file-1', 1), parent: { kind: 'step', id: '' } },
      { ...valid('file-1', 1), file: new Blob([]) },
      { ...valid('file-1', 1), file: 'bytes' },
      { ...valid('file-1', 1), addedAt: Number.NaN },
      { ...valid('', 1) },
      { ...valid('file-1', 1), caption: 'x'.repeat(2001) },
    ]) {
      expect(parseKeptUpload(broken)).toBeNull();
    }
  });

  it('orders uploads as they were added, and names the junk to remove', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 12 }), (times) => {
        const records = times.map((time, i) => [`file-${i}`, valid(`file-${i}`, time)] as const);
        const { uploads, junk } = keptInOrder([...records, ['junk', null], ['file-x', valid('file-y', 1)]]);
        expect(junk).toEqual(['junk', 'file-x']);
        expect(uploads).toHaveLength(times.length);
        for (let i = 1; i < uploads.length; i++) {
          expect(uploads[i - 1]!.addedAt).toBeLessThanOrEqual(uploads[i]!.addedAt);
        }
      }),
    );
  });
});
