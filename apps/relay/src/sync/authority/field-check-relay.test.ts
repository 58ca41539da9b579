import { CloseCode } from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type Client,
  connect,
  createBoard,
  keyOf,
  startTestRelay,
  synced,
  type TestRelay,
  waitFor,
} from '../../test-support/relay-fixture';

/** What the relay holds of a step now. */
async function storedStep(
  relay: TestRelay,
  boardId: string,
  stepId: string,
): Promise<Record<string, unknown> | undefined> {
  const room = await relay.rooms.peek(`${boardId}/content`);
  if (!room) throw new Error('room not loaded');
  return (room.toDoc().getMap('steps').get(stepId) as Y.Map<unknown> | undefined)?.toJSON();
}

/** Updates the relay refused with this code so far (its own counter). */
async function refusedFor(relay: TestRelay, code: string): Promise<number> {
  const metric = await relay.metrics.updatesRefused.get();
  return metric.values.filter((v) => v.labels.code === code).reduce((sum, v) => sum + v.value, 0);
}

/**
 * The field checks compiled from the schemas (field-check.ts), over a real socket: a participant's value
 * outside its schema is refused whole with 4422 and stored nowhere; the relay keeps serving the others.
 */
describe('field values judged by the compiled checks, on a real relay', () => {
  let relay: TestRelay;
  const clients: Client[] = [];
  beforeAll(async () => {
    relay = await startTestRelay();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await relay.stop();
  });

  it.each([
    ['an over-long title', 'title', 'x'.repeat(20_001)],
    ['a non-finite duration', 'durationMinutes', Number.POSITIVE_INFINITY],
    ['a string where a yes or no belongs', 'momentOfTruth', 'yes'],
    ['an emotion no one declared', 'emotion', 'furious'],
    ['a list where text belongs', 'title', ['a', 'b']],
  ])('refuses %s from a participant and keeps the step as it was', async (_what, field, value) => {
    const board = await createBoard(relay);
    const open = (key: string) => {
      const client = connect(relay.wsUrl, board.id, 'content', key);
      clients.push(client);
      return client;
    };
    const hostile = open(keyOf(board.links.participant));
    const other = open(keyOf(board.links.participant));
    await Promise.all([synced(hostile), synced(other)]);
    const step = new Y.Map<unknown>();
    hostile.doc.transact(() => {
      hostile.doc.getMap('steps').set('s1', step);
      step.set('journeyId', 'journey-current');
      step.set('order', 'a0');
      step.set('title', 'Calls the service desk');
    });
    const otherStep = () => other.doc.getMap('steps').get('s1') as Y.Map<unknown> | undefined;
    await waitFor(() => otherStep()?.get('title') === 'Calls the service desk', 5000, 'the step');

    const schemaRefusals = await refusedFor(relay, 'schema');
    step.set(field, value);
    await waitFor(() => hostile.closeCodes.includes(CloseCode.updateRefused), 5000, 'the refusal');
    hostile.provider.disconnect();
    // Refused for its value, not for anything else about the write.
    expect(await refusedFor(relay, 'schema')).toBe(schemaRefusals + 1);
    const kept = await storedStep(relay, board.id, 's1');
    expect(kept?.title).toBe('Calls the service desk');
    if (field !== 'title') expect(kept).not.toHaveProperty(field);

    // The relay is up and the others still sync, with nothing of the refused value.
    otherStep()?.set('title', 'Renamed');
    const fresh = open(keyOf(board.links.observer));
    await waitFor(
      () => (fresh.doc.getMap('steps').get('s1') as Y.Map<unknown> | undefined)?.get('title') === 'Renamed',
      5000,
      'a fresh reader',
    );
    expect((fresh.doc.getMap('steps').get('s1') as Y.Map<unknown>).toJSON()).toEqual(
      await storedStep(relay, board.id, 's1'),
    );
  });
});
