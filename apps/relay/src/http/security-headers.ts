import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { PageScriptHashes } from './inline-scripts';
import { type OriginPolicy, ownOrigin } from './origin-policy';

export interface SecurityHeadersOptions {
  /** The built web client: the inline scripts of its index.html are allowed by hash. */
  webDistDir: string;
  origins: OriginPolicy;
}

/** `ws://host` / `wss://host` for the page's own origin; undefined when it cannot be told safely. */
export function websocketOrigin(request: IncomingMessage, origins: OriginPolicy): string | undefined {
  const origin = ownOrigin(request, origins);
  const socket = origin?.replace(/^http(s?):/, 'ws$1:');
  return socket && /^wss?:\/\/[A-Za-z0-9.:[\]-]+$/.test(socket) ? socket : undefined;
}

/**
 * Security headers on every response (@fastify/helmet): a Content-Security-Policy that runs only the
 * relay's own scripts and the build's inline board-preload script (by hash: apps/web/build/board-preload.ts),
 * connects only to the relay, loads nothing from elsewhere and cannot be framed; `X-Frame-Options: DENY`,
 * `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` (board keys travel in the fragment,
 * which browsers never send; this keeps the board id out of other sites' logs too). No HSTS: TLS ends at
 * the proxy in front, which sets it for its own domain.
 *
 * The pages are cross-origin isolated (`Cross-Origin-Opener-Policy: same-origin` with
 * `Cross-Origin-Embedder-Policy: require-corp`): no window of another site keeps a handle on a board tab,
 * and the browser may give the board a process of its own. Nothing we serve loads from elsewhere, so
 * nothing needs a CORP header of another origin. A side effect: isolated pages get precise timers
 * (5 µs instead of 100 µs), which the web bench's frame times rely on.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: SecurityHeadersOptions,
): Promise<void> {
  const scripts = new PageScriptHashes(join(options.webDistDir, 'index.html'));
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", () => scripts.current().join(' ')],
        styleSrc: ["'self'"],
        connectSrc: ["'self'", (request) => websocketOrigin(request, options.origins) ?? ''],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    // The relay answers its own pages only; nothing is meant to be embedded cross-origin.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: { policy: 'require-corp' },
  });
}
