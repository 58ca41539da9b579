import type { FastifyInstance } from 'fastify';
import type { TrustFunction } from './proxy-trust';

/**
 * Logs once when a request carries `X-Forwarded-For` from a peer TRUST_PROXY does not trust: most likely
 * the relay runs behind a proxy nobody told it about, so every user has the proxy's address and shares its
 * limits. (Anyone can send the header; it is only ever logged once.)
 */
export function registerProxyWarning(app: FastifyInstance, trust: TrustFunction): void {
  let warned = false;
  app.addHook('onRequest', async (request) => {
    if (warned || request.headers['x-forwarded-for'] === undefined) return;
    const peer = request.socket.remoteAddress;
    if (peer === undefined || trust(peer, 0)) return;
    warned = true;
    request.log.warn(
      { peer },
      'X-Forwarded-For from a peer TRUST_PROXY does not name: ignored. Behind a proxy, set TRUST_PROXY to its address',
    );
  });
}
