import { describe, expect, it } from 'vitest';
import { cacheName, roomName, syncParams, syncServerUrl } from './sync-url';

describe('sync urls', () => {
  it('uses ws on http and wss on https', () => {
    expect(syncServerUrl({ protocol: 'http:', host: '127.0.0.1:4000' })).toBe('ws://127.0.0.1:4000/sync');
    expect(syncServerUrl({ protocol: 'https:', host: 'board.example' })).toBe('wss://board.example/sync');
  });

  it('names rooms and caches per document', () => {
    expect(roomName('abc', 'content')).toBe('abc/content');
    expect(cacheName('abc', 'session')).toBe('journeyboard:abc:session');
  });

  it('sends the identity token beside the key once there is one', () => {
    expect(syncParams('k', null)).toEqual({ key: 'k' });
    expect(Object.entries(syncParams('k', 'p-x.sig'))).toEqual([
      ['key', 'k'],
      ['identity', 'p-x.sig'],
    ]);
  });
});
