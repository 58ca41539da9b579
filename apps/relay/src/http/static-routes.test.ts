import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRelay, type TestRelay } from '../test-support/relay-fixture';

/** A raw GET (fetch would decode the body and hide which encoding was sent). */
function request(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('serving the web client', () => {
  let relay: TestRelay;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'journeyboard-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>Journeyboard</title><div id="root"></div>',
    );
    writeFileSync(join(dist, 'assets', 'index-Bx7Yz1.js'), 'console.log("app")');
    // What the build's precompression writes beside an asset.
    writeFileSync(join(dist, 'assets', 'index-Bx7Yz1.js.br'), brotliCompressSync('console.log("app")'));
    writeFileSync(join(dist, 'assets', 'index-Bx7Yz1.js.gz'), gzipSync('console.log("app")'));
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    relay = await startTestRelay({}, { webDistDir: dist });
  });
  afterAll(async () => {
    await relay.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and /b/<id> with no-cache', async () => {
    for (const path of ['/', '/b/some-board']) {
      const response = await fetch(`${relay.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('serves hashed assets as immutable and other files revalidated', async () => {
    const asset = await fetch(`${relay.url}/assets/index-Bx7Yz1.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await fetch(`${relay.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends the precompressed copy a browser accepts, and the plain file to one that accepts none', async () => {
    const url = `${relay.url}/assets/index-Bx7Yz1.js`;
    const viaBrotli = await request(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(viaBrotli.headers['content-encoding']).toBe('br');
    expect(viaBrotli.headers['content-type']).toContain('javascript');
    expect(viaBrotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(viaBrotli.headers.vary?.toLowerCase()).toContain('accept-encoding');
    expect(brotliDecompressSync(viaBrotli.body).toString()).toBe('console.log("app")');
    const viaGzip = await request(url, { 'accept-encoding': 'gzip' });
    expect(viaGzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(viaGzip.body).toString()).toBe('console.log("app")');
    const plain = await request(url, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('console.log("app")');
  });

  it('falls back to index.html for other pages, but not for missing assets or API paths', async () => {
    const page = await fetch(`${relay.url}/some/client/route`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${relay.url}/assets/missing.js`, { headers: { accept: 'text/html' } })).status).toBe(
      404,
    );
    expect((await fetch(`${relay.url}/api/unknown`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });
});

describe('without a built web client', () => {
  it('answers 503 with how to build it', async () => {
    const relay = await startTestRelay();
    try {
      const response = await fetch(`${relay.url}/`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: expect.stringContaining('npm run build') });
    } finally {
      await relay.stop();
    }
  });
});
