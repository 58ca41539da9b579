import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardPreloadScript } from '../../../web/build/board-preload';
import { startTestRelay, type TestRelay } from '../test-support/relay-fixture';
import { inlineScriptHashes } from './inline-scripts';

/** The base64 SHA-256 of a script's text, as a CSP source. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** An index.html shaped as Vite writes it, with the board-preload plugin's inline script. */
function builtPage(script: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Journeyboard</title>',
    '<script type="module" crossorigin src="/assets/index-Bx7Yz1.js"></script>',
    '<link rel="stylesheet" crossorigin href="/assets/index-Cs1.css">',
    `<script>${script}</script>`,
    '</head><body><div id="root"></div></body></html>',
  ].join('\n');
}

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) parsed.set(name, values);
  }
  return parsed;
}

describe('security headers', () => {
  let relay: TestRelay;
  let dist: string;
  const script = boardPreloadScript(['/assets/board-session-Ab1.js', '/assets/early-answer-Cd2.js']);

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'journeyboard-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), builtPage(script));
    writeFileSync(join(dist, 'assets', 'index-Bx7Yz1.js'), 'console.log("app")');
    relay = await startTestRelay({}, { webDistDir: dist });
  });
  afterAll(async () => {
    await relay.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('every page carries a CSP allowing exactly its inline script by hash, and the framing, sniffing and referrer headers', async () => {
    for (const path of ['/', '/b/some-board', '/some/client/route']) {
      const response = await fetch(`${relay.url}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(200);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('script-src'), path).toEqual(["'self'", sha256(script)]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('style-src')).toEqual(["'self'"]);
      expect(csp.get('connect-src')).toEqual(["'self'", relay.wsUrl]);
      expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(csp.get('form-action')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
      // The hash is of the script the page really holds.
      const html = await response.text();
      expect(html).toContain(`<script>${script}</script>`);
    }
  });

  it('API answers, assets and errors carry them too', async () => {
    for (const path of ['/healthz', '/assets/index-Bx7Yz1.js', '/api/boards/nope', '/api/unknown']) {
      const response = await fetch(`${relay.url}${path}`);
      await response.body?.cancel();
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      // A module worker's script must carry it too, or an isolated page cannot start the worker.
      expect(response.headers.get('cross-origin-embedder-policy'), path).toBe('require-corp');
    }
  });

  it('follows a rebuild: the new inline script is allowed, the old one no longer', async () => {
    const rebuilt = boardPreloadScript(['/assets/board-session-Zz9.js']);
    writeFileSync(join(dist, 'index.html'), builtPage(rebuilt));
    // Some file systems keep whole-second times: make sure the rebuild is seen as newer.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dist, 'index.html'), later, later);
    const response = await fetch(`${relay.url}/b/x`);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'", sha256(rebuilt)]);
    writeFileSync(join(dist, 'index.html'), builtPage(script));
    const again = new Date(Date.now() + 10_000);
    utimesSync(join(dist, 'index.html'), again, again);
  });

  it('names the public websocket origin behind PUBLIC_URL', async () => {
    const behind = await startTestRelay({ PUBLIC_URL: 'https://boards.example.com' }, { webDistDir: dist });
    try {
      const response = await fetch(`${behind.url}/`);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('connect-src')).toEqual(["'self'", 'wss://boards.example.com']);
    } finally {
      await behind.stop();
    }
  });
});

describe('inlineScriptHashes', () => {
  it('hashes inline scripts only, in page order, once each', () => {
    const html = [
      '<script src="/a.js"></script>',
      '<script>one()</script>',
      '<script type="module">two()</script>',
      '<script type="application/json">{"data":1}</script>',
      '<SCRIPT>one()</SCRIPT>',
      '<script>\n  three()\n</script >',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([sha256('one()'), sha256('two()'), sha256('\n  three()\n')]);
    expect(inlineScriptHashes('<p>no scripts</p>')).toEqual([]);
  });
});
