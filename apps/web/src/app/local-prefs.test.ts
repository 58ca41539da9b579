import { describe, expect, it } from 'vitest';
import {
  type KeyValueStore,
  loadBoardLinks,
  loadDisplayName,
  loadOrCreateUserId,
  normaliseDisplayName,
  saveBoardLinks,
  saveDisplayName,
} from './local-prefs';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('display name', () => {
  it('normalises whitespace and length', () => {
    expect(normaliseDisplayName('  Ada   Lovelace ')).toBe('Ada Lovelace');
    expect(normaliseDisplayName('   ')).toBeNull();
    expect(normaliseDisplayName('x'.repeat(100))).toHaveLength(40);
  });

  it('is remembered', () => {
    const store = memoryStore();
    expect(loadDisplayName(store)).toBeNull();
    expect(saveDisplayName(' Grace ', store)).toBe('Grace');
    expect(loadDisplayName(store)).toBe('Grace');
    // A blank rename is refused and the remembered name stays.
    expect(saveDisplayName('  ', store)).toBeNull();
    expect(loadDisplayName(store)).toBe('Grace');
  });

  it('survives a store that throws', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadDisplayName(broken)).toBeNull();
    expect(() => saveDisplayName('A', broken)).not.toThrow();
  });
});

describe('user id', () => {
  it('is created once and then reused', () => {
    const store = memoryStore();
    const first = loadOrCreateUserId(store, () => 'u-abcdef');
    expect(first).toBe('u-abcdef');
    expect(loadOrCreateUserId(store, () => 'u-other1')).toBe('u-abcdef');
  });

  it('replaces a corrupt stored id', () => {
    const store = memoryStore();
    store.setItem('journeyboard:user-id', '<script>');
    expect(loadOrCreateUserId(store, () => 'u-fresh1')).toBe('u-fresh1');
  });

  it('generates distinct ids by default', () => {
    expect(loadOrCreateUserId(memoryStore())).not.toBe(loadOrCreateUserId(memoryStore()));
  });
});

describe('board links', () => {
  it('round-trips and ignores garbage', () => {
    const store = memoryStore();
    const links = { facilitator: 'f', participant: 'p', observer: 'o' };
    saveBoardLinks('b1', links, store);
    expect(loadBoardLinks('b1', store)).toEqual(links);
    expect(loadBoardLinks('b2', store)).toBeNull();
    store.setItem('journeyboard:links:b3', '{not json');
    expect(loadBoardLinks('b3', store)).toBeNull();
    store.setItem('journeyboard:links:b4', '{"facilitator":1}');
    expect(loadBoardLinks('b4', store)).toBeNull();
  });
});
