import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * A deployment check (docs/deploy.md): creates a board through the given address (a load balancer in
 * front of several relays), connects `clients` official y-websocket clients to it, lets each write, and
 * reports whether they all converged and how long it took.
 *
 *   npx tsx apps/relay/bench/cluster-smoke.ts http://127.0.0.1:8080 [clients] [ADMIN_TOKEN]
 */
const [base = 'http://127.0.0.1:1234', count = '6', adminToken] = process.argv.slice(2);
const clients = Number(count);

const response = await fetch(`${base}/api/boards`, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    ...(adminToken ? { authorization: `Bearer ${adminToken}` } : {}),
  },
  body: JSON.stringify({ title: 'Deployment check' }),
});
if (response.status !== 201) throw new Error(`POST /api/boards: ${response.status} ${await response.text()}`);
const board = (await response.json()) as { id: string; links: { participant: string } };
const key = new URL(board.links.participant).hash.replace('#key=', '');
console.log(`board ${board.id} created; participant link ${board.links.participant}`);

const started = Date.now();
const docs = Array.from({ length: clients }, () => new Y.Doc());
const providers = docs.map(
  (doc) =>
    new WebsocketProvider(`${base.replace(/^http/, 'ws')}/sync`, `${board.id}/content`, doc, {
      params: { key },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    }),
);
const until = async (check: () => boolean, what: string) => {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
await until(() => providers.every((provider) => provider.synced), 'clients synced');
// Each client adds a step, as a participant does (the relay's judge accepts it).
const checks = (doc: Y.Doc) =>
  [...doc.getMap<Y.Map<unknown>>('steps').entries()]
    .filter(([id]) => id.startsWith('check-'))
    .map(([id, step]) => `${id}:${String(step.get('title'))}`)
    .sort();
docs.forEach((doc, index) => {
  const step = new Y.Map<unknown>();
  step.set('journeyId', 'journey-current');
  step.set('order', 'a0');
  step.set('title', `client ${index}`);
  doc.getMap('steps').set(`check-${index}`, step);
});
await until(() => docs.every((doc) => checks(doc).length === clients), 'convergence');
const same = docs.every((doc) => JSON.stringify(checks(doc)) === JSON.stringify(checks(docs[0]!)));
console.log(
  `${clients} clients converged (${same ? 'identical' : 'DIFFERENT'} documents) in ${Date.now() - started} ms`,
);
for (const provider of providers) provider.destroy();
process.exit(same ? 0 : 1);
