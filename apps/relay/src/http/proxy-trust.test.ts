import type { IncomingMessage } from 'node:http';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { clientAddress, isLoopback, parseProxyTrust, requestScheme, trustFunction } from './proxy-trust';

function rawRequest(remoteAddress: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress }, headers } as unknown as IncomingMessage;
}

const PEERS = ['127.0.0.1', '10.1.2.3', '203.0.113.9', '::1', '::ffff:10.1.2.3'];
const FORWARDED = [
  undefined,
  '198.51.100.1',
  '198.51.100.1, 10.0.0.7',
  '127.0.0.1, 10.9.9.9, 192.168.1.1',
  ' , ',
];
const TRUSTS = ['false', '1', '2', 'loopback', '10.0.0.0/8', 'uniquelocal, loopback', '::1'];

describe('proxy trust', () => {
  it('names the same client address as Fastify does for HTTP (the websocket upgrade uses it)', async () => {
    for (const setting of TRUSTS) {
      const trust = trustFunction(parseProxyTrust(setting));
      const app = Fastify({ trustProxy: trust });
      app.get('/', async (request) => ({ ip: request.ip, protocol: request.protocol }));
      for (const peer of PEERS) {
        for (const forwarded of FORWARDED) {
          const headers: Record<string, string> = { 'x-forwarded-proto': 'https' };
          if (forwarded !== undefined) headers['x-forwarded-for'] = forwarded;
          const answer = (await app.inject({ url: '/', remoteAddress: peer, headers })).json();
          const raw = rawRequest(peer, headers);
          const label = `TRUST_PROXY=${setting} peer=${peer} xff=${forwarded}`;
          expect(clientAddress(raw, trust), label).toBe(answer.ip);
          expect(requestScheme(raw, trust), label).toBe(answer.protocol);
        }
      }
      await app.close();
    }
  });

  it('trusts nobody by default: the peer is the client whatever it claims', () => {
    const trust = trustFunction({ kind: 'none' });
    expect(clientAddress(rawRequest('203.0.113.9', { 'x-forwarded-for': '127.0.0.1' }), trust)).toBe(
      '203.0.113.9',
    );
  });

  it('tells loopback addresses', () => {
    expect(['127.0.0.1', '127.8.0.1', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '128.0.0.1', 'localhost', ''].some(isLoopback)).toBe(false);
  });
});
