import {
  CloseCode,
  giveFloor,
  OBSERVER_COUNT_CLIENT_ID,
  readFloorHolder,
  takeFloorBack,
} from '@journeyboard/journey';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { presenceOf } from '../test-support/frames';
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

type Role = 'facilitator' | 'participant' | 'observer';

/** An observer who holds the floor has their presence forwarded like a participant's (issue 20). */
describe('giving the floor to an observer', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  const clients: Client[] = [];

  beforeAll(async () => {
    relay = await startTestRelay();
    board = await createBoard(relay);
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });

  afterAll(async () => {
    await relay.stop();
  });

  /** A relay-issued identity, as the web client gets it before it connects. */
  async function identityFor(role: Role): Promise<{ id: string; token: string }> {
    const response = await fetch(`${relay.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${keyOf(board.links[role])}` },
    });
    return ((await response.json()) as { identity: { id: string; token: string } }).identity;
  }

  async function join(role: Role, name: string, doc: 'content' | 'session' = 'content') {
    const identity = await identityFor(role);
    const client = connect(relay.wsUrl, board.id, doc, keyOf(board.links[role]), {
      identity: identity.token,
    });
    if (doc === 'content') client.provider.awareness.setLocalState(presenceOf(name, role));
    clients.push(client);
    await synced(client);
    return { client, id: identity.id };
  }

  const seen = (by: Client, whom: Client) =>
    by.provider.awareness.getStates().get(whom.doc.clientID) as
      | { user?: { name?: string }; cursor?: { x: number; y: number } | null }
      | undefined;
  const countSeenBy = (client: Client) =>
    (
      client.provider.awareness.getStates().get(OBSERVER_COUNT_CLIENT_ID) as
        | { observers?: number }
        | undefined
    )?.observers;
  const point = (client: Client, x: number, y: number) =>
    client.provider.awareness.setLocalStateField('cursor', { x, y });

  it('forwards the holder’s presence to everyone until the facilitator takes the floor back', async () => {
    const facilitator = await join('facilitator', 'Fran', 'session');
    const pat = await join('participant', 'Pat');
    const olga = await join('observer', 'Olga');
    const otto = await join('observer', 'Otto');
    point(olga.client, 10, 20);
    await waitFor(() => countSeenBy(pat.client) === 2, 5000, 'two observers counted');
    expect(seen(pat.client, olga.client)).toBeUndefined();

    // The floor names someone who is not here: nothing changes for anyone.
    giveFloor(facilitator.client.doc, 'p-nobody-at-all', 'test');
    await waitFor(() => countSeenBy(pat.client) === 2, 5000, 'the count unchanged');

    // Otto presents Olga's identity as his user id: the relay matches the identity his token proves.
    otto.client.provider.awareness.setLocalStateField('user', {
      ...presenceOf('Otto', 'observer').user,
      id: olga.id,
    });
    giveFloor(facilitator.client.doc, olga.id, 'test');
    // Olga's last state reaches everyone at once, without her moving: the participant and the other observer.
    await waitFor(() => seen(pat.client, olga.client)?.cursor?.x === 10, 5000, 'Pat to see Olga’s pointer');
    await waitFor(() => seen(otto.client, olga.client)?.user?.name === 'Olga', 5000, 'Otto to see Olga');
    point(olga.client, 30, 40);
    await waitFor(() => seen(pat.client, olga.client)?.cursor?.y === 40, 5000, 'Olga’s pointer to move');
    expect(seen(pat.client, otto.client)).toBeUndefined();
    // Still an observer: counted as one, not listed as a participant.
    expect(countSeenBy(pat.client)).toBe(2);

    takeFloorBack(facilitator.client.doc, 'test');
    await waitFor(() => seen(pat.client, olga.client) === undefined, 5000, 'Olga’s pointer removed for Pat');
    await waitFor(
      () => seen(otto.client, olga.client) === undefined,
      5000,
      'Olga’s pointer removed for Otto',
    );
    // Olga goes on pointing, and now presents Otto's user id: the count dropping to one shows the relay
    // took her new state, which still reaches nobody.
    olga.client.provider.awareness.setLocalState({
      ...presenceOf('Olga', 'observer'),
      user: { ...presenceOf('Olga', 'observer').user, id: olga.id },
      cursor: { x: 77, y: 77 },
    });
    await waitFor(() => countSeenBy(pat.client) === 1, 5000, 'the relay to have taken Olga’s new state');
    expect(seen(pat.client, olga.client)).toBeUndefined();
    const room = (await relay.rooms.peek(`${board.id}/content`))!;
    expect(room.awareness.getStates().has(olga.client.doc.clientID)).toBe(false);

    // Given again, her latest state shows at once although peers heard a later removal for her client id.
    giveFloor(facilitator.client.doc, olga.id, 'test');
    await waitFor(() => seen(pat.client, olga.client)?.cursor?.x === 77, 5000, 'Olga’s latest pointer');
    point(olga.client, 5, 6);
    await waitFor(() => seen(pat.client, olga.client)?.cursor?.x === 5, 5000, 'her next move to reach Pat');

    // Giving it to someone else takes it from her. Nobody was closed along the way.
    giveFloor(facilitator.client.doc, 'p-someone-else', 'test');
    await waitFor(() => seen(pat.client, olga.client) === undefined, 5000, 'the floor to move on');
    expect([pat, olga, otto, facilitator].flatMap(({ client }) => client.closeCodes)).toEqual([]);
  });

  it('shows a holder who arrives after the floor was given, and removes them when they leave', async () => {
    const facilitator = await join('facilitator', 'Fran', 'session');
    const pat = await join('participant', 'Pat');
    const identity = await identityFor('observer');
    giveFloor(facilitator.client.doc, identity.id, 'test');
    const room = (await relay.rooms.peek(`${board.id}/session`))!;
    await waitFor(
      () => room.readSession().floorAuthorId === identity.id,
      5000,
      'the relay to have the floor',
    );
    const olga = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.observer), {
      identity: identity.token,
    });
    clients.push(olga);
    olga.provider.awareness.setLocalState({ ...presenceOf('Olga', 'observer'), cursor: { x: 1, y: 2 } });
    await waitFor(() => seen(pat.client, olga)?.cursor?.y === 2, 5000, 'Pat to see the late holder');
    olga.destroy();
    await waitFor(() => seen(pat.client, olga) === undefined, 5000, 'the holder gone for Pat');
    takeFloorBack(facilitator.client.doc, 'test');
  });

  it('refuses the floor from a participant and from an observer (4422); the floor stays as it was', async () => {
    const facilitator = await join('facilitator', 'Fran', 'session');
    await waitFor(() => readFloorHolder(facilitator.client.doc) === null, 5000, 'the floor free');
    for (const role of ['participant', 'observer'] as const) {
      const intruder = await join(role, 'Ivo', 'session');
      giveFloor(intruder.client.doc, intruder.id, 'test');
      await waitFor(
        () => intruder.client.closeCodes.includes(CloseCode.updateRefused),
        5000,
        `${role} refused`,
      );
    }
    const room = (await relay.rooms.peek(`${board.id}/session`))!;
    expect(room.readSession().floorAuthorId).toBeNull();
    expect(readFloorHolder(facilitator.client.doc)).toBeNull();
  });
});
