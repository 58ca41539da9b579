import {
  boardFingerprint,
  boardFromUpdate,
  COLLECTION_NAMES,
  ENTITY_KINDS,
  META_NAME,
  readBoard,
  restoreBoard,
  updateStep,
} from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Client,
  type CreatedBoard,
  connect,
  createBoard,
  keyOf,
  startTestRelay,
  synced,
  type TestRelay,
  waitFor,
} from '../test-support/relay-fixture';

interface ListedCheckpoint {
  id: number;
  kind: 'auto' | 'named';
  name: string | null;
  createdAt: number;
  bytes: number;
}

describe('board history through the relay', () => {
  let relay: TestRelay;
  const clients: Client[] = [];
  const open = (board: CreatedBoard, role: keyof CreatedBoard['links']) => {
    const client = connect(relay.wsUrl, board.id, 'content', keyOf(board.links[role]));
    clients.push(client);
    return client;
  };
  const api = (board: CreatedBoard, role: keyof CreatedBoard['links'], path = '', init: RequestInit = {}) =>
    fetch(`${relay.url}/api/boards/${board.id}/history${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${keyOf(board.links[role])}`,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
    });
  const list = async (board: CreatedBoard) =>
    ((await (await api(board, 'observer')).json()) as { checkpoints: ListedCheckpoint[] }).checkpoints;

  beforeAll(async () => {
    relay = await startTestRelay({ HISTORY_QUIET_MS: '150', HISTORY_MIN_INTERVAL_MS: '400' });
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await relay.stop();
  });

  it('takes an automatic checkpoint after a burst of edits, with time and size', async () => {
    const board = await createBoard(relay, { title: 'Auto', template: 'onboarding' });
    const a = open(board, 'participant');
    await synced(a);
    expect(await list(board)).toEqual([]);
    const stepId = readBoard(a.doc).steps[0]!.id;
    for (let i = 1; i <= 5; i++) updateStep(a.doc, stepId, { title: `Take ${i}` }, 'a');
    await waitFor(() => readBoard(a.doc).steps[0]!.title === 'Take 5');
    let checkpoints: ListedCheckpoint[] = [];
    const started = Date.now();
    while (checkpoints.length === 0 && Date.now() - started < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      checkpoints = await list(board);
    }
    expect(checkpoints).toHaveLength(1);
    expect(checkpoints[0]).toMatchObject({ kind: 'auto', name: null });
    expect(checkpoints[0]!.bytes).toBeGreaterThan(1000);
    const fetched = (await (await api(board, 'observer', `/${checkpoints[0]!.id}`)).json()) as {
      docs: { content: string };
    };
    const preview = boardFromUpdate(new Uint8Array(Buffer.from(fetched.docs.content, 'base64')));
    expect(preview.steps.find((s) => s.id === stepId)?.title).toBe('Take 5');

    // Quiet board: no more checkpoints.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await list(board)).toHaveLength(1);
  });

  it('named checkpoints are the facilitator’s; every role lists and previews', async () => {
    const board = await createBoard(relay, { title: 'Named', template: 'password-reset' });
    const forbidden = await api(board, 'participant', '', {
      method: 'POST',
      body: JSON.stringify({ name: 'x' }),
    });
    expect(forbidden.status).toBe(403);
    const bad = await api(board, 'facilitator', '', { method: 'POST', body: JSON.stringify({ name: '  ' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ path: 'name' });
    const created = await api(board, 'facilitator', '', {
      method: 'POST',
      body: JSON.stringify({ name: 'End of mapping' }),
    });
    expect(created.status).toBe(201);
    const info = (await created.json()) as ListedCheckpoint;
    expect(info).toMatchObject({ kind: 'named', name: 'End of mapping' });
    expect((await list(board)).map((c) => c.name)).toEqual(['End of mapping']);
    expect((await api(board, 'observer', `/${info.id}`)).status).toBe(200);
    expect((await api(board, 'observer', '/999999')).status).toBe(404);
    expect((await api(board, 'observer', '/abc')).status).toBe(400);
    const noKey = await fetch(`${relay.url}/api/boards/${board.id}/history`);
    expect(noKey.status).toBe(401);
  });

  it('restoring in place reaches a connected peer at once, and undo brings the edits back', async () => {
    const board = await createBoard(relay, { title: 'Restore', template: 'onboarding' });
    const facilitator = open(board, 'facilitator');
    const peer = open(board, 'participant');
    await Promise.all([synced(facilitator), synced(peer)]);
    const named = (await (
      await api(board, 'facilitator', '', { method: 'POST', body: JSON.stringify({ name: 'Before' }) })
    ).json()) as ListedCheckpoint;
    const before = boardFingerprint(readBoard(facilitator.doc));
    const stepId = readBoard(peer.doc).steps[2]!.id;
    updateStep(peer.doc, stepId, { title: 'Changed by the peer', doing: 'Calls' }, 'peer');
    await waitFor(() => readBoard(facilitator.doc).steps[2]!.title === 'Changed by the peer');
    const changed = boardFingerprint(readBoard(facilitator.doc));

    const origin = { user: 'facilitator' };
    const undo = new Y.UndoManager(
      [
        facilitator.doc.getMap(META_NAME),
        ...ENTITY_KINDS.map((k) => facilitator.doc.getMap(COLLECTION_NAMES[k])),
      ],
      { trackedOrigins: new Set([origin]) },
    );
    const fetched = (await (await api(board, 'facilitator', `/${named.id}`)).json()) as {
      docs: { content: string };
    };
    restoreBoard(
      facilitator.doc,
      boardFromUpdate(new Uint8Array(Buffer.from(fetched.docs.content, 'base64'))),
      origin,
    );
    await waitFor(() => boardFingerprint(readBoard(peer.doc)) === before, 5000, 'restore at the peer');
    expect(boardFingerprint(readBoard(facilitator.doc))).toBe(before);

    undo.undo();
    await waitFor(() => boardFingerprint(readBoard(peer.doc)) === changed, 5000, 'undo at the peer');
    // Restoring deleted nothing from the history.
    expect((await list(board)).some((c) => c.id === named.id)).toBe(true);
  });

  it('serves replay frames oldest first', async () => {
    const board = await createBoard(relay, { title: 'Replay', template: 'onboarding' });
    const client = open(board, 'facilitator');
    await synced(client);
    const stepId = readBoard(client.doc).steps[0]!.id;
    for (const title of ['one', 'two', 'three']) {
      updateStep(client.doc, stepId, { title }, 'f');
      const response = await api(board, 'facilitator', '', {
        method: 'POST',
        body: JSON.stringify({ name: title }),
      });
      expect(response.status).toBe(201);
    }
    const replay = (await (await api(board, 'observer', '/replay?frames=2')).json()) as {
      frames: { name: string; content: string }[];
    };
    expect(replay.frames.map((f) => f.name)).toEqual(['one', 'three']);
    const last = boardFromUpdate(new Uint8Array(Buffer.from(replay.frames[1]!.content, 'base64')));
    expect(last.steps.find((s) => s.id === stepId)?.title).toBe('three');
    expect((await api(board, 'observer', '/replay?frames=1')).status).toBe(400);
  });
});
