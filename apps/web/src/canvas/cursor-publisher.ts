import type { Awareness } from 'y-protocols/awareness';
import { AWARENESS_INTERVAL_MS, throttle } from '../board/throttle';

/** A cursor publisher for pointer moves (board coordinates), throttled to 20 updates a second. */
export function cursorPublisher(awareness: Awareness | null) {
  if (!awareness) return { move: () => {}, leave: () => {}, cancel: () => {} };
  const send = throttle((x: number, y: number) => {
    awareness.setLocalStateField('cursor', { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  }, AWARENESS_INTERVAL_MS);
  return {
    move: (x: number, y: number) => send(x, y),
    leave: () => {
      send.cancel();
      awareness.setLocalStateField('cursor', null);
    },
    cancel: () => send.cancel(),
  };
}
