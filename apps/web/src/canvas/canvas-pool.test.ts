import { describe, expect, it, vi } from 'vitest';
import { createCanvasPool } from './canvas-pool';

function setup(maxBytes = 1_000_000) {
  let made = 0;
  const create = vi.fn(() => ({ id: made++, width: 0, height: 0 }));
  const release = vi.fn((...canvases: { width: number; height: number }[]) => {
    for (const canvas of canvases) {
      canvas.width = 0;
      canvas.height = 0;
    }
  });
  return { pool: createCanvasPool({ create, release, maxBytes }), create, release };
}

describe('canvas pool', () => {
  it('gives a freed cache canvas of the expected size back instead of creating one', () => {
    const { pool, create } = setup();
    pool.expect(100, 50);
    const first = pool.create();
    Object.assign(first, { width: 100, height: 50 });
    pool.release(first);
    expect(pool.pooledBytes).toBe(100 * 50 * 4);
    pool.expect(100.7, 50.2);
    expect(pool.create()).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
    expect(pool.pooledBytes).toBe(0);
  });

  it('creates anew for another size, and only the first canvas after expect is a cache bitmap', () => {
    const { pool, create } = setup();
    pool.expect(100, 50);
    const cache = Object.assign(pool.create(), { width: 100, height: 50 });
    const other = Object.assign(pool.create(), { width: 100, height: 50 });
    pool.release(cache, other);
    pool.expect(80, 50);
    expect(pool.create()).not.toBe(cache);
    expect(create).toHaveBeenCalledTimes(3);
  });

  it('lets canvases it was not asked for, empty ones and those over the budget be released as before', () => {
    const { pool, release } = setup(100 * 50 * 4);
    const plain = Object.assign(pool.create(), { width: 10, height: 10 });
    pool.expect(100, 50);
    const a = Object.assign(pool.create(), { width: 100, height: 50 });
    pool.expect(100, 50);
    const b = Object.assign(pool.create(), { width: 100, height: 50 });
    pool.expect(0, 0);
    const empty = pool.create();
    pool.release(plain, a, b, empty);
    expect(release).toHaveBeenCalledWith(plain, b, empty);
    expect(a.width).toBe(100);
    expect(b.width).toBe(0);
  });

  it('forgets an expectation that created nothing', () => {
    const { pool } = setup();
    pool.expect(100, 50);
    const cache = Object.assign(pool.create(), { width: 100, height: 50 });
    pool.release(cache);
    pool.expect(100, 50);
    pool.settle();
    expect(pool.create()).not.toBe(cache);
  });

  it('pools a canvas freed twice only once', () => {
    const { pool } = setup();
    pool.expect(10, 10);
    const cache = Object.assign(pool.create(), { width: 10, height: 10 });
    pool.release(cache);
    pool.release(cache);
    expect(pool.pooledBytes).toBe(400);
  });
});
