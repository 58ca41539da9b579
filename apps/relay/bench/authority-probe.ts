import { CloseCode } from '@journeyboard/journey';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { encodeSyncStep1, encodeUpdate } from '../src/sync/protocol';

/**
 * Whether a relay of a benchmark judges updates (server authority on), asked from outside like a client
 * would: a participant sends a step carrying a field no step declares; a judging relay refuses the update
 * whole and closes the socket with 4422 (`CloseCode.updateRefused`). With the relay's own counters
 * (`/metrics`, readable from loopback) afterwards: updates accepted and refused.
 */

/** An update creating a step with a field the declaration does not know. */
function forbiddenStep(): Uint8Array {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const step = new Y.Map<unknown>();
  step.set('journeyId', 'journey-current');
  step.set('order', 'a0');
  step.set('title', 'authority probe');
  step.set('notDeclared', 'a field no step has');
  doc.getMap('steps').set('authority-probe', step);
  doc.destroy();
  return updates[0]!;
}

/** The close code the relay answers a forbidden update with (4422 when it judges), or a timeout error. */
export function probeAuthority(url: string, timeoutMs = 15_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`authority probe: no answer from ${new URL(url).host} in ${timeoutMs} ms`));
    }, timeoutMs);
    let sent = false;
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.once('open', () => socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc()))));
    socket.on('message', (data: Buffer) => {
      // The relay's sync step 2 (0, 1): the room is loaded and we may write.
      if (sent || data[0] !== 0 || data[1] !== 1) return;
      sent = true;
      socket.send(encodeUpdate(forbiddenStep()));
    });
    socket.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Probes every relay; throws unless each refused the forbidden update with 4422. */
export async function expectAuthority(urls: readonly string[]): Promise<void> {
  const codes = await Promise.all(urls.map((url) => probeAuthority(url)));
  const failed = codes.flatMap((code, index) =>
    code === CloseCode.updateRefused ? [] : [`relay ${index + 1}: ${code}`],
  );
  if (failed.length > 0)
    throw new Error(
      `a relay did not refuse a forbidden update with ${CloseCode.updateRefused}: ${failed.join(', ')}`,
    );
}

/** Sum of a counter's samples (every label set) in a relay's `/metrics`. */
export async function readCounter(relayUrl: string, name: string): Promise<number> {
  const response = await fetch(`${relayUrl}/metrics`);
  if (!response.ok) throw new Error(`${relayUrl}/metrics: ${response.status}`);
  let total = 0;
  for (const line of (await response.text()).split('\n')) {
    if (line.startsWith(`${name} `) || line.startsWith(`${name}{`)) total += Number(line.split(' ').pop());
  }
  return total;
}

export interface AuthorityFigures {
  /** Updates each relay judged, accepted and stored (from its own writers). */
  accepted: number[];
  /** Updates each relay refused (the probe's, nothing else in a clean run). */
  refused: number[];
}

export async function authorityFigures(relayUrls: readonly string[]): Promise<AuthorityFigures> {
  const read = (name: string) => Promise.all(relayUrls.map((url) => readCounter(url, name)));
  return {
    accepted: await read('journeyboard_updates_accepted_total'),
    refused: await read('journeyboard_updates_refused_total'),
  };
}
