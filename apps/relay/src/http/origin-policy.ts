import type { IncomingMessage } from 'node:http';
import { requestHost, requestScheme, type TrustFunction } from './proxy-trust';

export interface OriginPolicy {
  /** PUBLIC_URL: when set, the relay's own origin is its origin. */
  publicUrl: string | undefined;
  /** ALLOWED_ORIGINS: further origins whose pages may open websockets. */
  allowedOrigins: readonly string[] | undefined;
  trust: TrustFunction;
}

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * The origin pages served by this relay have: PUBLIC_URL's, or else the scheme and host the request was
 * made to (`X-Forwarded-Proto`/`-Host` only from a trusted proxy).
 */
export function ownOrigin(request: IncomingMessage, policy: OriginPolicy): string | undefined {
  if (policy.publicUrl) return originOf(policy.publicUrl);
  const host = requestHost(request, policy.trust);
  return host ? originOf(`${requestScheme(request, policy.trust)}://${host}`) : undefined;
}

/**
 * Whether a websocket may open: a browser always sends `Origin`, so a page of another site (which could
 * hold a key it was given) is refused unless its origin is the relay's own or in ALLOWED_ORIGINS. A request
 * without `Origin` is not from a browser page and passes (it still needs a key).
 */
export function originAllowed(request: IncomingMessage, policy: OriginPolicy): boolean {
  const header = request.headers.origin;
  if (header === undefined) return true;
  const origin = originOf(header);
  if (origin === undefined) return false;
  return origin === ownOrigin(request, policy) || (policy.allowedOrigins ?? []).includes(origin);
}
