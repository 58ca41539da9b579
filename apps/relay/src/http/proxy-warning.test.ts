import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { parseProxyTrust, trustFunction } from './proxy-trust';
import { registerProxyWarning } from './proxy-warning';

async function warningsFor(setting: string, requests: { peer: string; forwarded?: string }[]) {
  const lines: string[] = [];
  const app = Fastify({
    loggerInstance: pino({ level: 'warn' }, { write: (line: string) => lines.push(line) }),
  });
  registerProxyWarning(app as unknown as FastifyInstance, trustFunction(parseProxyTrust(setting)));
  app.get('/', async () => 'ok');
  for (const { peer, forwarded } of requests) {
    const headers = forwarded === undefined ? {} : { 'x-forwarded-for': forwarded };
    await app.inject({ url: '/', remoteAddress: peer, headers });
  }
  await app.close();
  return lines.map((line) => JSON.parse(line) as { msg: string; peer: string });
}

describe('registerProxyWarning', () => {
  it('warns once about X-Forwarded-For from a peer TRUST_PROXY does not name', async () => {
    const warnings = await warningsFor('false', [
      { peer: '127.0.0.1' },
      { peer: '127.0.0.1', forwarded: '203.0.113.1' },
      { peer: '127.0.0.1', forwarded: '203.0.113.2' },
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ peer: '127.0.0.1', msg: expect.stringContaining('set TRUST_PROXY') });
  });

  it('says nothing when the proxy is trusted', async () => {
    expect(await warningsFor('loopback', [{ peer: '127.0.0.1', forwarded: '203.0.113.1' }])).toEqual([]);
  });
});
