import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendError } from './errors';

/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them forever. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed assets: browsers must revalidate it every time. */
const REVALIDATE = 'no-cache';

function isApiPath(url: string): boolean {
  return /^\/(api|sync|metrics|healthz)(\/|$|\?)/.test(url);
}

/**
 * Serves the built web client: `/`, `/b/<id>` and any other page path get index.html (the client routes),
 * real files are served as they are.
 */
export async function registerStaticRoutes(app: FastifyInstance, distDir: string): Promise<void> {
  const built = existsSync(join(distDir, 'index.html'));
  const sendIndex = (reply: FastifyReply) => {
    if (!built) {
      return sendError(reply, 503, 'the web client is not built: run `npm run build` (or `npm start`)');
    }
    reply.header('cache-control', REVALIDATE);
    return reply.sendFile('index.html', { cacheControl: false });
  };
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      index: false,
      wildcard: true,
      // The build writes .br and .gz beside each text asset (apps/web/build/precompress.ts): sent as they
      // are to browsers that accept them, with Vary: Accept-Encoding, and the plain file otherwise.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, filePath) => {
        const relative = filePath.slice(distDir.length).replaceAll('\\', '/');
        response.header('cache-control', relative.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
      },
    });
  }
  app.get('/', async (_request, reply) => sendIndex(reply));
  app.get('/b/:id', async (_request, reply) => sendIndex(reply));
  // A customer's feedback page (apps/web/src/feedback/page): the token is the link, no board key.
  app.get('/f/:token', async (_request, reply) => sendIndex(reply));
  app.setNotFoundHandler(async (request, reply) => {
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (wantsPage && !isApiPath(request.url) && !request.url.startsWith('/assets/')) return sendIndex(reply);
    return sendError(reply, 404, `no route for ${request.method} ${request.url.split('?')[0]}`);
  });
}
