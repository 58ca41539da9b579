import { OBSERVER_COUNT_CLIENT_ID } from '@journeyboard/journey';
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
import { scratchJSON, scratchSet, scratchSize } from '../test-support/scratch';

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
    scratchSet(a.doc, 'from-a', 1);
    scratchSet(b.doc, 'from-b', 2);
    scratchSet(a.doc, 'a1', 'a', 'list');
    scratchSet(a.doc, 'a2', 'a', 'list');
    scratchSet(b.doc, 'b1', 'b', 'list');
    await waitFor(
      () => scratchSize(a.doc) === 2 && scratchSize(b.doc) === 2,
      5000,
      'both edits on both sides',
    );
    await waitFor(() => scratchSize(a.doc, 'list') === 3 && scratchSize(b.doc, 'list') === 3);
    expect(scratchJSON(a.doc, 'list')).toEqual(scratchJSON(b.doc, 'list'));
    expect(scratchJSON(a.doc)).toEqual({ 'from-a': 1, 'from-b': 2 });
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
    // An observer is counted, not broadcast: a hears how many observers there are, not b's state.
    b.provider.awareness.setLocalStateField('user', presenceOf('Bob', 'observer').user);
    await waitFor(
      () =>
        (a.provider.awareness.getStates().get(OBSERVER_COUNT_CLIENT_ID) as { observers?: number } | undefined)
          ?.observers === 1,
      5000,
      'the observer count at a',
    );
    expect(a.provider.awareness.getStates().has(b.doc.clientID)).toBe(false);
  });
});
