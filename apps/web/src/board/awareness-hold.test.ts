import { describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { holdAwareness } from './awareness-hold';

/** A provider's awareness with its own sender attached, as y-websocket sets it up. */
function provider() {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  const sender = vi.fn();
  awareness.on('update', sender);
  return { awareness, _awarenessUpdateHandler: sender } as unknown as WebsocketProvider & {
    _awarenessUpdateHandler: ReturnType<typeof vi.fn>;
  };
}

/** A peer's state arriving from the relay. */
function peerArrives(target: awarenessProtocol.Awareness) {
  const peer = new awarenessProtocol.Awareness(new Y.Doc());
  peer.setLocalStateField('user', { name: 'Pat' });
  awarenessProtocol.applyAwarenessUpdate(
    target,
    awarenessProtocol.encodeAwarenessUpdate(peer, [peer.clientID]),
    'relay',
  );
}

describe('holdAwareness', () => {
  it('sends nothing until the presence code adopts the sending: neither our state nor, echoed, a peer’s', () => {
    const p = provider();
    holdAwareness(p);
    p.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
    peerArrives(p.awareness);
    expect(p._awarenessUpdateHandler).not.toHaveBeenCalled();
  });

  it('hands the sending to the presence code once, and gives the provider its sender back on close', () => {
    const p = provider();
    const held = holdAwareness(p);
    const restoreThrottled = vi.fn();
    const install = vi.fn(() => restoreThrottled);
    held.adopt(install);
    held.adopt(install);
    expect(install).toHaveBeenCalledTimes(1);
    expect(install).toHaveBeenCalledWith(p);
    held.restore();
    expect(restoreThrottled).toHaveBeenCalledTimes(1);
    // The throttled sender's restore puts the provider's own back; the hold does not add it a second time.
    p.awareness.setLocalStateField('cursor', { x: 3, y: 4 });
    expect(p._awarenessUpdateHandler).not.toHaveBeenCalled();
  });

  it('gives the provider its own sender back on close when presence never loaded, and adopts nothing after', () => {
    const p = provider();
    const held = holdAwareness(p);
    held.restore();
    p.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
    expect(p._awarenessUpdateHandler).toHaveBeenCalledTimes(1);
    const install = vi.fn(() => () => {});
    held.adopt(install);
    expect(install).not.toHaveBeenCalled();
  });
});
