import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Script types a browser runs (others, like application/json, are data blocks CSP does not govern). */
const EXECUTABLE_TYPE = /^\s*(?:|module|text\/javascript|application\/javascript)\s*$/i;

/**
 * The CSP source of each inline script of an HTML page (`'sha256-…'`, the base64 SHA-256 of its exact
 * text), in page order. Scripts with `src` are not inline; data blocks (`type="application/json"`) do not run.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!EXECUTABLE_TYPE.test(type)) continue;
    const digest = createHash('sha256')
      .update(match[2] ?? '', 'utf8')
      .digest('base64');
    const source = `'sha256-${digest}'`;
    if (!hashes.includes(source)) hashes.push(source);
  }
  return hashes;
}

/**
 * The inline-script hashes of the built index.html, read at start and again whenever the file changes
 * (a rebuild while the relay runs), so the policy always allows exactly the scripts of the page it serves.
 */
export class PageScriptHashes {
  private mtimeMs = -1;
  private hashes: string[] = [];

  constructor(private readonly indexFile: string) {
    this.current();
  }

  current(): readonly string[] {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.indexFile).mtimeMs;
    } catch {
      this.mtimeMs = -1;
      this.hashes = [];
      return this.hashes;
    }
    if (mtimeMs !== this.mtimeMs) {
      this.hashes = inlineScriptHashes(readFileSync(this.indexFile, 'utf8'));
      this.mtimeMs = mtimeMs;
    }
    return this.hashes;
  }
}
