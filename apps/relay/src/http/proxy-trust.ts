import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import proxyAddr from '@fastify/proxy-addr';

/**
 * Which peers may tell the relay who the client is (`X-Forwarded-For`, `X-Forwarded-Proto`,
 * `X-Forwarded-Host`): nobody, the proxies at some addresses, or the nearest `hops` hops whoever they are.
 */
export type ProxyTrust =
  | { readonly kind: 'none' }
  | { readonly kind: 'addresses'; readonly addresses: readonly string[] }
  | { readonly kind: 'hops'; readonly hops: number };

/** proxy-addr's trust function: `(address, hop)` is true when that hop may name the one before it. */
export type TrustFunction = (address: string, hop: number) => boolean;

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Parses `TRUST_PROXY`: `false`/`0` (trust nobody), a hop count, or a comma-separated list of IPs, CIDRs and
 * the names loopback, linklocal, uniquelocal (proxy-addr's notation, as Fastify's `trustProxy`). Throws an
 * Error whose message says what is wrong.
 */
export function parseProxyTrust(value: string): ProxyTrust {
  const text = value.trim();
  if (text === 'false' || text === '0') return { kind: 'none' };
  if (text === 'true') {
    throw new Error(
      'true would believe X-Forwarded-For from anyone: give the proxies (IPs, CIDRs, loopback) or a hop count',
    );
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 32) throw new Error('expected a hop count from 0 to 32');
    return { kind: 'hops', hops };
  }
  const addresses = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (addresses.length === 0) throw new Error('expected a hop count or a list of proxy addresses');
  for (const address of addresses) {
    const ip = address.split('/')[0] ?? '';
    if (!NAMED_RANGES.has(address) && isIP(ip) === 0) {
      throw new Error(`${JSON.stringify(address)} is not an IP, a CIDR or loopback/linklocal/uniquelocal`);
    }
    try {
      proxyAddr.compile(address);
    } catch (error) {
      throw new Error(
        `${JSON.stringify(address)}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return { kind: 'addresses', addresses };
}

/** The trust function for a ProxyTrust, the same one Fastify (HTTP) and the websocket upgrade use. */
export function trustFunction(trust: ProxyTrust): TrustFunction {
  switch (trust.kind) {
    case 'none':
      return () => false;
    case 'hops':
      return (_address, hop) => hop < trust.hops;
    case 'addresses':
      return proxyAddr.compile([...trust.addresses]);
  }
}

/** Who is connecting, as HTTP requests see it (`request.ip`): the nearest address no trusted proxy vouches for. */
export function clientAddress(request: IncomingMessage, trust: TrustFunction): string {
  return proxyAddr(request, trust) ?? request.socket.remoteAddress ?? 'unknown';
}

function lastEntry(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header.at(-1) : header;
  const entry = value?.split(',').at(-1)?.trim();
  return entry || undefined;
}

/** The scheme the client used: `X-Forwarded-Proto` when the immediate peer is a trusted proxy, else the socket's. */
export function requestScheme(request: IncomingMessage, trust: TrustFunction): 'http' | 'https' {
  const peer = request.socket.remoteAddress;
  const forwarded = lastEntry(request.headers['x-forwarded-proto']);
  if (forwarded && peer !== undefined && trust(peer, 0)) return forwarded === 'https' ? 'https' : 'http';
  return 'encrypted' in request.socket && request.socket.encrypted ? 'https' : 'http';
}

/** The host the client asked for: `X-Forwarded-Host` from a trusted proxy, else `Host`. */
export function requestHost(request: IncomingMessage, trust: TrustFunction): string | undefined {
  const peer = request.socket.remoteAddress;
  const forwarded = lastEntry(request.headers['x-forwarded-host']);
  if (forwarded && peer !== undefined && trust(peer, 0)) return forwarded;
  return request.headers.host;
}

/** Loopback addresses (127.0.0.0/8, ::1, and IPv4 loopback mapped into IPv6). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.'));
}
