import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observersAmong, writersAmong } from './delivery-order';

describe('delivery order', () => {
  it('serves the writers first and the observers after them, whenever they joined', () => {
    const peers = new Set(['observer-1', 'fay', 'observer-2', 'pat']);
    const observers = new Set(['observer-1', 'observer-2', 'observer-gone']);
    expect([...writersAmong(peers, observers)]).toEqual(['fay', 'pat']);
    expect([...observersAmong(peers, observers)]).toEqual(['observer-1', 'observer-2']);
  });

  it('is every peer exactly once, writers in join order before observers in join order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer(), fc.boolean()), { selector: ([id]) => id }),
        (joined) => {
          const peers = new Set(joined.map(([id]) => id));
          const observers = new Set(joined.filter(([, observer]) => observer).map(([id]) => id));
          const writers = joined.filter(([, observer]) => !observer).map(([id]) => id);
          expect([...writersAmong(peers, observers)]).toEqual(writers);
          expect([...observersAmong(peers, observers)]).toEqual([...observers]);
        },
      ),
    );
  });
});
