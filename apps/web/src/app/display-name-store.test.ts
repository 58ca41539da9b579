import { describe, expect, it } from 'vitest';
import { createDisplayNameStore } from './display-name-store';
import { DISPLAY_NAME_KEY, type KeyValueStore } from './local-prefs';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('display name store', () => {
  it('starts from the remembered name', () => {
    const storage = memoryStore();
    expect(createDisplayNameStore(storage).getState().name).toBeNull();
    storage.setItem(DISPLAY_NAME_KEY, 'Ada');
    expect(createDisplayNameStore(storage).getState().name).toBe('Ada');
  });

  it('normalises, remembers and notifies a rename', () => {
    const storage = memoryStore();
    const store = createDisplayNameStore(storage);
    const seen: (string | null)[] = [];
    store.subscribe((state) => seen.push(state.name));
    expect(store.getState().setName('  Grace   Hopper ')).toBe('Grace Hopper');
    expect(store.getState().name).toBe('Grace Hopper');
    expect(storage.data.get(DISPLAY_NAME_KEY)).toBe('Grace Hopper');
    expect(seen).toEqual(['Grace Hopper']);
  });

  it('refuses a blank name and keeps the old one', () => {
    const storage = memoryStore();
    const store = createDisplayNameStore(storage);
    store.getState().setName('Ada');
    expect(store.getState().setName(' \t ')).toBeNull();
    expect(store.getState().name).toBe('Ada');
    expect(storage.data.get(DISPLAY_NAME_KEY)).toBe('Ada');
  });

  it('does not notify when the name did not change', () => {
    const store = createDisplayNameStore(memoryStore());
    store.getState().setName('Ada');
    let notified = 0;
    store.subscribe(() => notified++);
    expect(store.getState().setName(' Ada ')).toBe('Ada');
    expect(notified).toBe(0);
  });

  it('picks up a name another tab saved, but never drops to no name', () => {
    const storage = memoryStore();
    const store = createDisplayNameStore(storage);
    store.getState().setName('Ada');
    storage.setItem(DISPLAY_NAME_KEY, 'Ada King');
    store.getState().reload();
    expect(store.getState().name).toBe('Ada King');
    storage.setItem(DISPLAY_NAME_KEY, '   ');
    store.getState().reload();
    expect(store.getState().name).toBe('Ada King');
  });

  it('still renames for this session when storage is unavailable', () => {
    const store = createDisplayNameStore(null);
    expect(store.getState().setName('Lin')).toBe('Lin');
    expect(store.getState().name).toBe('Lin');
  });
});
