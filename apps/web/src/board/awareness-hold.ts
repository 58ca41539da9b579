import type { WebsocketProvider } from 'y-websocket';

/** What one document's awareness is sent with; see `holdAwareness`. */
export interface HeldAwareness {
  /**
   * Sends this client's awareness with `install` (throttleAwarenessBroadcast, from the presence code)
   * from now on; once: later calls, or calls after `restore`, do nothing.
   */
  adopt(install: (provider: WebsocketProvider) => () => void): void;
  /** Gives the provider back its own sender (the connection closes). */
  restore(): void;
}

type AwarenessProvider = Pick<WebsocketProvider, 'awareness' | '_awarenessUpdateHandler'>;

/**
 * Until the presence code arrives (once the board is drawn), a provider sends no awareness update: this
 * client's presence is not published yet, and its peers' states are never echoed back to the relay (the
 * provider's own sender would send them). The presence code then adopts the sending.
 */
export function holdAwareness(provider: AwarenessProvider): HeldAwareness {
  provider.awareness.off('update', provider._awarenessUpdateHandler);
  let restoreSender: (() => void) | null = null;
  let done = false;
  return {
    adopt(install) {
      if (done || restoreSender) return;
      restoreSender = install(provider as WebsocketProvider);
    },
    restore() {
      if (done) return;
      done = true;
      if (restoreSender) restoreSender();
      else provider.awareness.on('update', provider._awarenessUpdateHandler);
    },
  };
}
