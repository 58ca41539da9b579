import { describe, expect, it } from 'vitest';
import { keyFromHash, localPathOf, parseRoute } from './route';

describe('parseRoute', () => {
  it('reads the start page', () => {
    expect(parseRoute('/', '')).toEqual({ kind: 'start' });
    expect(parseRoute('', '')).toEqual({ kind: 'start' });
    expect(parseRoute('/index.html', '')).toEqual({ kind: 'start' });
  });

  it('reads a board with its key from the fragment', () => {
    expect(parseRoute('/b/abc_DEF-123', '#key=s3cr3t')).toEqual({
      kind: 'board',
      boardId: 'abc_DEF-123',
      key: 's3cr3t',
    });
  });

  it('tolerates a trailing slash and a missing key', () => {
    expect(parseRoute('/b/abc/', '')).toEqual({ kind: 'board', boardId: 'abc', key: null });
  });

  it('rejects ids outside the relay alphabet and unknown paths', () => {
    expect(parseRoute('/b/a%20b', '#key=k').kind).toBe('not-found');
    expect(parseRoute('/b/%E0%A4%A', '#key=k').kind).toBe('not-found');
    expect(parseRoute('/b/x/y', '').kind).toBe('not-found');
    expect(parseRoute('/settings', '')).toEqual({ kind: 'not-found', path: '/settings' });
  });
});

describe('keyFromHash', () => {
  it('finds the key among other parameters', () => {
    expect(keyFromHash('#view=1&key=abc')).toBe('abc');
    expect(keyFromHash('key=abc')).toBe('abc');
  });

  it('returns null for empty or missing keys', () => {
    expect(keyFromHash('')).toBeNull();
    expect(keyFromHash('#key=')).toBeNull();
    expect(keyFromHash('#other=1')).toBeNull();
  });
});

describe('localPathOf', () => {
  it('keeps the path and fragment of an absolute link', () => {
    expect(localPathOf('http://127.0.0.1:4000/b/abc#key=k')).toBe('/b/abc#key=k');
  });

  it('a customer feedback link is a page of its own (its token is the whole link)', () => {
    expect(parseRoute('/f/AbCdEfGhIjKlMnOpQrStUv', '')).toEqual({
      kind: 'feedback',
      token: 'AbCdEfGhIjKlMnOpQrStUv',
    });
    expect(parseRoute('/f/short', '').kind).toBe('not-found');
    expect(parseRoute('/f/AbCdEfGhIjKlMnOpQrStUv/more', '').kind).toBe('not-found');
  });
});
