import { describe, expect, it } from 'vitest';
import { loadIdentityToken, saveIdentityToken } from '../app/identity-token';
import type { KeyValueStore } from '../app/key-value-store';
import { loadBoardLinks, saveBoardLinks } from '../app/local-prefs';
import { forgetBoardLocally, localDatabases } from './local-copies';
import { cacheName } from './sync-url';

function memoryStore(): KeyValueStore & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const links = { facilitator: '/b/b1#key=f', participant: '/b/b1#key=p', observer: '/b/b1#key=o' };

describe('forgetBoardLocally', () => {
  it('deletes the offline copy of every document and the upload queue, and only that board’s', async () => {
    const deleted: string[] = [];
    await forgetBoardLocally('b1', {
      deleteDatabase: async (name) => void deleted.push(name),
      store: memoryStore(),
    });
    expect(deleted.sort()).toEqual(localDatabases('b1').sort());
    expect(deleted).toContain(cacheName('b1', 'content'));
    expect(deleted).toContain(cacheName('b1', 'session'));
    expect(deleted).toContain(cacheName('b1', 'questions'));
    expect(deleted).toContain('journeyboard-uploads-b1');
    expect(deleted.some((name) => name.includes('b2'))).toBe(false);
  });

  it('forgets the board’s links and identity token, and keeps another board’s', async () => {
    const store = memoryStore();
    saveBoardLinks('b1', links, store);
    saveIdentityToken('b1', 'token-1', store);
    saveBoardLinks('b2', links, store);
    saveIdentityToken('b2', 'token-2', store);
    await forgetBoardLocally('b1', { deleteDatabase: async () => {}, store });
    expect(loadBoardLinks('b1', store)).toBeNull();
    expect(loadIdentityToken('b1', store)).toBeNull();
    expect(loadBoardLinks('b2', store)).toEqual(links);
    expect(loadIdentityToken('b2', store)).toBe('token-2');
  });

  it('works without storage (private mode): nothing to forget there, the databases still go', async () => {
    const deleted: string[] = [];
    await forgetBoardLocally('b1', { deleteDatabase: async (name) => void deleted.push(name), store: null });
    expect(deleted).toHaveLength(localDatabases('b1').length);
  });
});
