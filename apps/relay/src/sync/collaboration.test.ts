import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presenceOf } from '../test-support/frames';
import {
  type Client,
  connect,
  createBoard,
  keyOf,
  startTestRelay,
  synced,
  type TestRelay,
  waitFor,
} from '../test-support/relay-fixture';

describe('collaboration through the relay', () => {
  let relay: TestRelay;
  const clients: Client[] = [];
  const open = (...args: Parameters<typeof connect>) => {
    const client = connect(...args);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    relay = await startTestRelay();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await relay.stop();
  });

  it('two participants converge', async () => {
    const board = await createBoard(relay, { title: 'Converge', template: 'onboarding' });
    const key = keyOf(board.links.participant);
    const a = open(relay.wsUrl, board.id, 'content', key);
    const b = open(relay.wsUrl, board.id, 'content', key);
    await Promise.all([synced(a), synced(b)]);
    // The template content created through the API reached both.
    expect(a.doc.getMap('meta').get('title')).toBe('My new job');
    a.doc.getMap('scratch').set('from-a', 1);
    b.doc.getMap('scratch').set('from-b', 2);
    a.doc.getArray('list').insert(0, ['a1', 'a2']);
    b.doc.getArray('list').insert(0, ['b1']);
    await waitFor(
      () => a.doc.getMap('scratch').size === 2 && b.doc.getMap('scratch').size === 2,
      5000,
      'both edits on both sides',
    );
    await waitFor(() => a.doc.getArray('list').length === 3 && b.doc.getArray('list').length === 3);
    expect(a.doc.getArray('list').toJSON()).toEqual(b.doc.getArray('list').toJSON());
    expect(a.doc.getMap('scratch').toJSON()).toEqual({ 'from-a': 1, 'from-b': 2 });
  });

  it('shares awareness between clients of a room', async () => {
    const board = await createBoard(relay);
    const a = open(relay.wsUrl, board.id, 'content', keyOf(board.links.participant));
    const b = open(relay.wsUrl, board.id, 'content', keyOf(board.links.observer));
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalStateField('user', presenceOf('Ada').user);
    await waitFor(
      () =>
        (b.provider.awareness.getStates().get(a.doc.clientID) as { user?: { name: string } } | undefined)
          ?.user?.name === 'Ada',
      5000,
      'awareness from a at b',
    );
    b.provider.awareness.setLocalStateField('user', presenceOf('Bob', 'observer').user);
    await waitFor(() => a.provider.awareness.getStates().has(b.doc.clientID), 5000, 'awareness from b at a');
  });
});
