import { describe, expect, it } from 'vitest';
import {
  type KeyValueStore,
  loadBoardLinks,
  loadDisplayName,
  loadIdentityToken,
  loadLastTemplate,
  normaliseDisplayName,
  saveBoardLinks,
  saveDisplayName,
  saveIdentityToken,
  saveLastTemplate,
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

describe('identity token', () => {
  it('is remembered per board, as the relay issued it', () => {
    const store = memoryStore();
    expect(loadIdentityToken('b1', store)).toBeNull();
    saveIdentityToken('b1', 'p-abcdefghijklmnop.c2lnbmF0dXJl', store);
    expect(loadIdentityToken('b1', store)).toBe('p-abcdefghijklmnop.c2lnbmF0dXJl');
    expect(loadIdentityToken('b2', store)).toBeNull();
    saveIdentityToken('b1', 'p-qrstuvwxyzabcdef.b3RoZXI', store);
    expect(loadIdentityToken('b1', store)).toBe('p-qrstuvwxyzabcdef.b3RoZXI');
  });

  it('ignores a stored value that cannot be a token', () => {
    const store = memoryStore();
    store.setItem('journeyboard:identity:b1', '<script>');
    expect(loadIdentityToken('b1', store)).toBeNull();
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

describe('last template', () => {
  it('is Blank until a board is created, then the one used last', () => {
    const store = memoryStore();
    expect(loadLastTemplate(store)).toBe('blank');
    saveLastTemplate('password-reset', store);
    expect(loadLastTemplate(store)).toBe('password-reset');
  });

  it('falls back to Blank on anything that is not a template', () => {
    const store = memoryStore();
    store.setItem('journeyboard:last-template', 'no-such-template');
    expect(loadLastTemplate(store)).toBe('blank');
    expect(loadLastTemplate(null)).toBe('blank');
  });
});
