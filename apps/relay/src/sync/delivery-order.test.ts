import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliveryOrder } from './delivery-order';

describe('deliveryOrder', () => {
  it('serves observers after everyone else, whenever they joined', () => {
    const peers = new Set(['observer-1', 'fay', 'observer-2', 'pat']);
    const observers = new Set(['observer-1', 'observer-2']);
    expect([...deliveryOrder(peers, observers)]).toEqual(['fay', 'pat', 'observer-1', 'observer-2']);
  });

  it('is every peer exactly once, writers in join order before observers in join order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer(), fc.boolean()), { selector: ([id]) => id }),
        (joined) => {
          const peers = new Set(joined.map(([id]) => id));
          const observers = new Set(joined.filter(([, observer]) => observer).map(([id]) => id));
          const order = [...deliveryOrder(peers, observers)];
          const writers = joined.filter(([, observer]) => !observer).map(([id]) => id);
          expect(order).toEqual([...writers, ...observers]);
        },
      ),
    );
  });
});
