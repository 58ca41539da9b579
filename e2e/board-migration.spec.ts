import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createBoardViaStartPage, expectConnected, keyOf } from './board-helpers';
import { expect, test } from './fixtures';

test('a board written by an older version is upgraded by the facilitator’s page', async ({
  page,
  baseURL,
}) => {
  const { links, boardId } = await createBoardViaStartPage(page, 'Old board', /blank/i);
  await expectConnected(page);

  // A board stored by an older version. Fields of older schemas (schema 1's `satisfaction`) cannot be
  // written through the relay any more (it refuses unknown fields), so the board is marked older the way a
  // facilitator's client of that version would have written it, and the current code must upgrade it.
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${(baseURL ?? '').replace(/^http/, 'ws')}/sync`,
    `${boardId}/content`,
    doc,
    {
      params: { key: keyOf(links.facilitator) },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  );
  await new Promise<void>((resolve) =>
    provider.synced ? resolve() : provider.once('sync', () => resolve()),
  );
  const journeyId = [...doc.getMap('journeys').keys()][0] ?? '';
  doc.transact(() => {
    const step = new Y.Map<unknown>();
    for (const [field, value] of Object.entries({
      journeyId,
      order: 'a0',
      title: 'Old step',
      score: 4,
    })) {
      step.set(field, value);
    }
    doc.getMap('steps').set('step-old', step);
    doc.getMap('meta').set('schemaVersion', 1);
  });

  // The facilitator's page sees an older document and upgrades it for everyone (the migrations are
  // idempotent; their field renames are unit-tested in packages/journey).
  await expect.poll(() => doc.getMap('meta').get('schemaVersion'), { timeout: 10_000 }).toBe(3);
  const upgraded = doc.getMap('steps').get('step-old') as Y.Map<unknown>;
  expect(upgraded.get('score')).toBe(4);
  await expect(page.getByRole('region', { name: 'Journey outline' })).toContainText('Old step');
  provider.destroy();
});
