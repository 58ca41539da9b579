import { giveFloor, OBSERVER_COUNT_CLIENT_ID, takeFloorBack } from '@journeyboard/journey';
import { describe, expect, it } from 'vitest';
import { presenceOf } from '../test-support/frames';
import { type Client, connect, createBoard, keyOf, synced, waitFor } from '../test-support/relay-fixture';
import { itemValues, pushItem } from '../test-support/scratch';
import { durableDoc, metricSum } from './testing/cluster-fixture';
import { items, useClusterTestBed } from './testing/cluster-test-bed';

// Clients on several relays see one board: edits, presence, roles, the lock and key rotation.
// The shared store's side (compaction, checkpoints, outages, start) is cluster-storage.test.ts.

const { cluster, open, clients } = useClusterTestBed();

describe('several relays on PostgreSQL and Redis', () => {
  it('clients on three relays converge, awareness included', async () => {
    const {
      env,
      relays: [a, b, c],
    } = await cluster(3);
    expect(a!.store.kind).toBe('postgres');
    const board = await createBoard(a!, { title: 'Cluster' });
    const key = keyOf(board.links.participant);
    const on = [
      open(a!, board.id, 'content', key),
      open(b!, board.id, 'content', key),
      open(c!, board.id, 'content', key),
    ];
    await Promise.all(on.map((client) => synced(client)));
    for (let round = 0; round < 10; round++) {
      for (const [index, client] of on.entries()) pushItem(client.doc, `r${index}-${round}`);
    }
    await waitFor(() => on.every((client) => items(client).length === 30), 10_000, 'convergence');
    const reference = JSON.stringify(items(on[0]!));
    for (const client of on) expect(JSON.stringify(items(client))).toBe(reference);
    // Each relay stored only what its own clients sent, once: the log holds 30 updates for 30 pushes.
    const stored = await durableDoc(env.DATABASE_URL, `${board.id}/content`);
    expect(itemValues(stored).length).toBe(30);

    on[0]!.provider.awareness.setLocalStateField('user', presenceOf('Ada on A').user);
    await waitFor(
      () =>
        (
          on[2]!.provider.awareness.getStates().get(on[0]!.doc.clientID) as
            | { user?: { name: string } }
            | undefined
        )?.user?.name === 'Ada on A',
      5000,
      'awareness from A at C',
    );
    const health = (await (await fetch(`${b!.url}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({
      ok: true,
      storage: 'postgres',
      bus: 'redis',
      busHealth: { connected: true },
    });
    expect(await metricSum(b!.url, 'journeyboard_redis_up')).toBe(1);
    expect(await metricSum(b!.url, 'journeyboard_postgres_up')).toBe(1);
    expect(await metricSum(c!.url, 'journeyboard_bus_events', 'event="received"')).toBeGreaterThan(0);
  });

  it('counts the board’s observers over every relay, and no observer’s presence crosses the bus', async () => {
    const {
      relays: [a, b],
    } = await cluster(2);
    const board = await createBoard(a!, { title: 'Town hall' });
    const participant = open(a!, board.id, 'content', keyOf(board.links.participant));
    participant.provider.awareness.setLocalStateField('user', presenceOf('Pat').user);
    const observerKey = keyOf(board.links.observer);
    const watchers = [
      open(a!, board.id, 'content', observerKey),
      open(b!, board.id, 'content', observerKey),
      open(b!, board.id, 'content', observerKey),
    ];
    watchers.forEach((watcher, index) => {
      watcher.provider.awareness.setLocalStateField('user', presenceOf(`Olga ${index}`, 'observer').user);
    });
    await Promise.all([participant, ...watchers].map((client) => synced(client)));
    const countAt = (client: Client) =>
      (
        client.provider.awareness.getStates().get(OBSERVER_COUNT_CLIENT_ID) as
          | { observers?: number }
          | undefined
      )?.observers;
    await waitFor(() => countAt(participant) === 3, 8000, 'three observers counted on A');
    await waitFor(() => countAt(watchers[1]!) === 3, 8000, 'three observers counted on B');
    // The observer on B sees the participant on A, but nobody sees another observer's state.
    await waitFor(
      () => watchers[1]!.provider.awareness.getStates().has(participant.doc.clientID),
      5000,
      'Pat on B',
    );
    for (const watcher of watchers) {
      expect(participant.provider.awareness.getStates().has(watcher.doc.clientID)).toBe(false);
      expect(watchers[0]!.provider.awareness.getStates().has(watcher.doc.clientID)).toBe(
        watcher === watchers[0],
      );
    }
    watchers[2]!.destroy();
    await waitFor(() => countAt(participant) === 2, 8000, 'one observer gone, seen on A');
  });

  it('the observer holding the floor is seen on every relay, and is removed everywhere when it is taken back', async () => {
    const {
      relays: [a, b],
    } = await cluster(2);
    const board = await createBoard(a!, { title: 'Readout' });
    const observerKey = keyOf(board.links.observer);
    const response = await fetch(`${b!.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${observerKey}` },
    });
    const identity = ((await response.json()) as { identity: { id: string; token: string } }).identity;
    const facilitator = open(a!, board.id, 'session', keyOf(board.links.facilitator));
    const participant = open(a!, board.id, 'content', keyOf(board.links.participant));
    participant.provider.awareness.setLocalStateField('user', presenceOf('Pat').user);
    const holder = connect(b!.wsUrl, board.id, 'content', observerKey, { identity: identity.token });
    clients.push(holder);
    holder.provider.awareness.setLocalState({ ...presenceOf('Olga', 'observer'), cursor: { x: 3, y: 4 } });
    await Promise.all([facilitator, participant, holder].map((client) => synced(client)));
    const cursorOnA = () =>
      (
        participant.provider.awareness.getStates().get(holder.doc.clientID) as
          | { cursor?: { x: number } }
          | undefined
      )?.cursor?.x;
    await waitFor(
      () => participant.provider.awareness.getStates().get(OBSERVER_COUNT_CLIENT_ID) !== undefined,
      8000,
      'the observer counted on A',
    );
    expect(cursorOnA()).toBeUndefined();
    giveFloor(facilitator.doc, identity.id, 'test');
    await waitFor(() => cursorOnA() === 3, 8000, 'the holder on B seen on A');
    holder.provider.awareness.setLocalStateField('cursor', { x: 9, y: 9 });
    await waitFor(() => cursorOnA() === 9, 8000, 'the holder’s move seen on A');
    takeFloorBack(facilitator.doc, 'test');
    await waitFor(
      () => !participant.provider.awareness.getStates().has(holder.doc.clientID),
      8000,
      'the holder removed on A',
    );
  });

  it('an observer on relay A cannot write through relay A nor relay B', async () => {
    const {
      env,
      relays: [a, b, c],
    } = await cluster(3);
    const board = await createBoard(a!, { title: 'Observers' });
    const observerKey = keyOf(board.links.observer);
    const participantKey = keyOf(board.links.participant);
    const watcher = open(c!, board.id, 'content', participantKey);
    const onA = open(a!, board.id, 'content', observerKey);
    const onB = open(b!, board.id, 'content', observerKey);
    await Promise.all([synced(watcher), synced(onA), synced(onB)]);
    pushItem(onA.doc, 'observer via A');
    pushItem(onB.doc, 'observer via B');
    // A later write by a participant on B proves the observers' writes had time to travel, had they been let through.
    const writer = open(b!, board.id, 'content', participantKey);
    await synced(writer);
    pushItem(writer.doc, 'participant');
    await waitFor(() => items(watcher).includes('participant'), 5000, 'participant write at C');
    // The observers were closed with 4422 (their clients drop the refused change); a reader on A sees it.
    const readerOnA = open(a!, board.id, 'content', observerKey);
    await waitFor(() => items(readerOnA).includes('participant'), 5000, 'an observer on A reads');
    expect(items(watcher)).toEqual(['participant']);
    const stored = await durableDoc(env.DATABASE_URL, `${board.id}/content`);
    expect(itemValues(stored)).toEqual(['participant']);
    expect(await metricSum(a!.url, 'journeyboard_updates_refused_total', 'role="observer"')).toBeGreaterThan(
      0,
    );
    expect(await metricSum(b!.url, 'journeyboard_updates_refused_total', 'role="observer"')).toBeGreaterThan(
      0,
    );
  });

  it('a lock set on relay A binds writers on relay C at once, and unlocking frees them', async () => {
    const {
      relays: [a, b, c],
    } = await cluster(3);
    const board = await createBoard(a!, { title: 'Lock' });
    const facilitatorKey = keyOf(board.links.facilitator);
    const participantKey = keyOf(board.links.participant);
    const facilitatorSession = open(a!, board.id, 'session', facilitatorKey);
    const facilitatorContent = open(a!, board.id, 'content', facilitatorKey);
    const participantSession = open(c!, board.id, 'session', participantKey);
    const participantContent = open(c!, board.id, 'content', participantKey);
    const watcher = open(b!, board.id, 'content', participantKey);
    await Promise.all(
      [facilitatorSession, facilitatorContent, participantSession, participantContent, watcher].map((x) =>
        synced(x),
      ),
    );
    facilitatorSession.doc.getMap('session').set('locked', true);
    // The earliest a participant can know of the lock is when its own session document shows it.
    await waitFor(() => participantSession.doc.getMap('session').get('locked') === true, 5000, 'lock at C');
    pushItem(participantContent.doc, 'written while locked');
    pushItem(facilitatorContent.doc, 'facilitator while locked');
    await waitFor(() => items(watcher).includes('facilitator while locked'), 5000, 'facilitator write');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(items(watcher)).toEqual(['facilitator while locked']);
    expect(
      await metricSum(c!.url, 'journeyboard_updates_refused_total', 'role="participant"'),
    ).toBeGreaterThan(0);

    facilitatorSession.doc.getMap('session').set('locked', false);
    await waitFor(
      () => participantSession.doc.getMap('session').get('locked') === false,
      5000,
      'unlock at C',
    );
    // The refused client was closed with 4422; the participant's fresh client (as the web reconnects) writes.
    const participantAgain = open(c!, board.id, 'content', participantKey);
    await synced(participantAgain);
    pushItem(participantAgain.doc, 'written after unlock');
    await waitFor(() => items(watcher).includes('written after unlock'), 5000, 'write after unlock');
    expect(items(watcher)).not.toContain('written while locked');
  });

  it('key rotation on relay A disconnects that role on relay C at once', async () => {
    const {
      relays: [a, , c],
    } = await cluster(3);
    const board = await createBoard(a!, { title: 'Rotation' });
    const participant = open(c!, board.id, 'content', keyOf(board.links.participant));
    await synced(participant);
    const closes: number[] = [];
    participant.provider.on('connection-close', (event: { code: number; reason: string } | null) => {
      if (event) closes.push(event.code);
    });
    const response = await fetch(`${a!.url}/api/boards/${board.id}/links/participant/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keyOf(board.links.facilitator)}` },
    });
    expect(response.status).toBe(200);
    await waitFor(() => closes.includes(4401), 5000, 'participant on C closed with 4401');
  });
});
