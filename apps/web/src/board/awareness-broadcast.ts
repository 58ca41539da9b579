import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import { AWARENESS_INTERVAL_MS, throttle } from './throttle';

const MESSAGE_AWARENESS = 1;

/** lib0's variable-length unsigned integer: 7 bits per byte, high bit set while more follow. */
export function writeVarUint(out: number[], value: number): void {
  let rest = value;
  while (rest > 0x7f) {
    out.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

/** A y-websocket awareness frame: the message type, then the update as a length-prefixed byte array. */
export function awarenessMessage(update: Uint8Array): Uint8Array<ArrayBuffer> {
  const head: number[] = [];
  writeVarUint(head, MESSAGE_AWARENESS);
  writeVarUint(head, update.length);
  const frame = new Uint8Array(head.length + update.length);
  frame.set(head, 0);
  frame.set(update, head.length);
  return frame;
}

/**
 * Replaces the provider's awareness sender with one that sends only this client's own state, at most
 * once per `intervalMs`. Whoever writes awareness (cursor moves from the canvas, selection from panels)
 * is therefore rate limited in one place, and peers' states are not echoed back to the relay.
 * Returns a function that restores the original sender.
 */
export function throttleAwarenessBroadcast(
  provider: WebsocketProvider,
  intervalMs = AWARENESS_INTERVAL_MS,
): () => void {
  const awareness = provider.awareness;
  const self = awareness.clientID;
  awareness.off('update', provider._awarenessUpdateHandler);

  const send = throttle(() => {
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return;
    ws.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, [self])));
  }, intervalMs);

  const onUpdate = (change: { added: number[]; updated: number[]; removed: number[] }) => {
    const touchesSelf =
      change.added.includes(self) || change.updated.includes(self) || change.removed.includes(self);
    if (!touchesSelf) return;
    send();
    // Leaving must reach peers before the socket closes, not one interval later.
    if (awareness.getLocalState() === null) send.flush();
  };
  awareness.on('update', onUpdate);
  return () => {
    send.flush();
    awareness.off('update', onUpdate);
    awareness.on('update', provider._awarenessUpdateHandler);
  };
}
