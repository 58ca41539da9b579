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
  return { doc, provider };
}

test('unexpected content from a peer is skipped and the valid board still shows', async ({
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

  await expect(outlineStep(page, 'A valid step from a raw peer')).toBeVisible();
  await expect(outline(page)).not.toContainText('Bad score');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The board stays usable: a later valid edit still arrives.
  peer.doc.transact(() => {
    (peer.doc.getMap('steps').get('step-valid') as Y.Map<unknown>).set('title', 'Renamed by the raw peer');
  });
  await expect(outlineStep(page, 'Renamed by the raw peer')).toBeVisible();
  peer.provider.destroy();
  peer.doc.destroy();
});
