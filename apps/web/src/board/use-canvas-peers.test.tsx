// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  type CanvasPresenceStore,
  createCanvasPresence,
  type PresenceDrawing,
} from '../canvas/canvas-presence';
import { useCanvasPeers } from './use-canvas-peers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DRAWING: PresenceDrawing = { Cursors: () => null, Selections: () => null };
const USER = { id: 'u-pat', name: 'Pat', color: '#336699', role: 'participant' };

let roots: ReturnType<typeof createRoot>[] = [];
afterEach(() => {
  for (const root of roots) act(() => root.unmount());
  roots = [];
});

function Peers(props: { awareness: awarenessProtocol.Awareness; store: CanvasPresenceStore }) {
  useCanvasPeers(props.awareness, props.store, DRAWING);
  return null;
}

/** A peer's state arriving from the relay (untrusted: anything may come). */
function arrive(target: awarenessProtocol.Awareness, peer: awarenessProtocol.Awareness, state: unknown) {
  peer.setLocalState(state as Record<string, unknown>);
  act(() =>
    awarenessProtocol.applyAwarenessUpdate(
      target,
      awarenessProtocol.encodeAwarenessUpdate(peer, [peer.clientID]),
      'relay',
    ),
  );
}

describe('useCanvasPeers', () => {
  it('gives the canvas the others and their drawing once mounted, skipping what is malformed', () => {
    const own = new awarenessProtocol.Awareness(new Y.Doc());
    const pat = new awarenessProtocol.Awareness(new Y.Doc());
    const hostile = new awarenessProtocol.Awareness(new Y.Doc());
    const store = createCanvasPresence();
    arrive(own, pat, { user: USER, cursor: { x: 10, y: 20 } });
    expect(store.getState()).toEqual({ peers: [], drawing: null });

    const root = createRoot(document.createElement('div'));
    roots.push(root);
    act(() => root.render(<Peers awareness={own} store={store} />));
    expect(store.getState().drawing).toBe(DRAWING);
    expect(store.getState().peers.map((peer) => [peer.user.name, peer.cursor])).toEqual([
      ['Pat', { x: 10, y: 20 }],
    ]);

    // A state without a valid user is not drawn; a bad cursor is dropped, the person kept.
    arrive(own, hostile, { user: { name: '<script>', color: 'red' } });
    arrive(own, pat, { user: USER, cursor: { x: 'far' } });
    expect(store.getState().peers.map((peer) => [peer.user.name, peer.cursor])).toEqual([['Pat', null]]);

    // Our own cursor moving changes nothing the canvas draws of the others.
    const before = store.getState().peers;
    act(() => own.setLocalStateField('cursor', { x: 1, y: 1 }));
    expect(store.getState().peers).toBe(before);

    // The board closes: no one is drawn any more.
    act(() => root.unmount());
    roots = [];
    expect(store.getState().peers).toEqual([]);
  });
});
