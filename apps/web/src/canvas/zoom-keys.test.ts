import { describe, expect, it } from 'vitest';
import { ZOOM_SHORTCUTS, zoomKeyAction } from './zoom-keys';

const plain = { ctrlKey: false, altKey: false, metaKey: false };

describe('zoomKeyAction', () => {
  it('zooms in with + and =, out with -, and fits the board with 0', () => {
    expect(zoomKeyAction({ ...plain, key: '+' })).toBe('in');
    expect(zoomKeyAction({ ...plain, key: '=' })).toBe('in');
    expect(zoomKeyAction({ ...plain, key: '-' })).toBe('out');
    expect(zoomKeyAction({ ...plain, key: '0' })).toBe('fit');
  });

  it('leaves other keys, and the browser’s own Ctrl/Meta zoom, alone', () => {
    for (const key of ['1', 'a', 'ArrowUp', 'Enter', ' ', '_'])
      expect(zoomKeyAction({ ...plain, key })).toBeNull();
    expect(zoomKeyAction({ ...plain, key: '+', ctrlKey: true })).toBeNull();
    expect(zoomKeyAction({ ...plain, key: '-', metaKey: true })).toBeNull();
    expect(zoomKeyAction({ ...plain, key: '0', altKey: true })).toBeNull();
  });

  it('names on the buttons exactly the keys it acts on', () => {
    for (const [action, keys] of Object.entries(ZOOM_SHORTCUTS))
      for (const key of keys.split(' ')) expect(zoomKeyAction({ ...plain, key })).toBe(action);
  });
});
