import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createBoardViaStartPage, expectConnected, keyOf, outline, outlineStep } from './board-helpers';
import { expect, test } from './fixtures';

/** A peer that is not our client: a raw y-websocket connection writing whatever it likes. */
async function rawPeer(baseURL: string, boardId: string, key: string) {
  const doc = new Y.Doc();
  const url = `${baseURL.replace(/^http/, 'ws')}/sync`;
  const provider = new WebsocketProvider(url, `${boardId}/content`, doc, {
    params: { key },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', () => resolve());
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  return { doc, provider, closeCodes };
}

test('a peer’s update with unexpected content is refused whole by the relay; the board shows nothing of it and stays live', async ({
  page,
  baseURL,
}) => {
  const { links, boardId } = await createBoardViaStartPage(page, 'Hostile peer', /blank/i);
  await expectConnected(page);
  const peer = await rawPeer(baseURL ?? '', boardId, keyOf(links.participant));
  const journeyId = [...peer.doc.getMap('journeys').keys()][0] ?? '';
  expect(journeyId).not.toBe('');

  peer.doc.transact(() => {
    const steps = peer.doc.getMap('steps');
    const good = new Y.Map<unknown>();
    for (const [field, value] of Object.entries({
      journeyId,
      stageId: null,
      channelId: null,
      order: 'a0',
      title: 'A valid step from a raw peer',
    })) {
      good.set(field, value);
    }
    steps.set('step-valid', good);
    steps.set('step-number', 42);
    const bad = new Y.Map<unknown>();
    for (const [field, value] of Object.entries({
      journeyId,
      order: 'a1',
      title: 'Bad score',
      score: 'eleven',
    })) {
      bad.set(field, value);
    }
    steps.set('step-bad-score', bad);
    peer.doc.getMap('meta').set('targetScore', { nested: true });
    peer.doc.getMap('stages').set('stage-text', 'not a map');
  });

  // The relay refuses the update whole (4422: a step that is not a map, a score that is not a number, a
  // target score that is an object), so nothing of it reaches anyone, not even its one valid step.
  await expect.poll(() => peer.closeCodes.includes(4422), { timeout: 10_000 }).toBe(true);
  peer.provider.destroy();
  peer.doc.destroy();

  // The board stays usable: a valid edit from a well-behaved peer arrives.
  const honest = await rawPeer(baseURL ?? '', boardId, keyOf(links.participant));
  honest.doc.transact(() => {
    const step = new Y.Map<unknown>();
    for (const [field, value] of Object.entries({ journeyId, order: 'a2', title: 'Added by a valid peer' })) {
      step.set(field, value);
    }
    honest.doc.getMap('steps').set('step-honest', step);
  });
  await expect(outlineStep(page, 'Added by a valid peer')).toBeVisible();
  await expect(outline(page)).not.toContainText('A valid step from a raw peer');
  await expect(outline(page)).not.toContainText('Bad score');
  await expect(page.getByRole('alert')).toHaveCount(0);
  honest.provider.destroy();
  honest.doc.destroy();
});
