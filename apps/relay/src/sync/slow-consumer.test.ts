import { CloseCode } from '@journeyboard/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { record, roundTrip } from '../test-support/frames';
import {
  type CreatedBoard,
  closed,
  connect,
  createBoard,
  keyOf,
  rawSocket,
  rejected,
  startTestRelay,
  synced,
  type TestRelay,
  waitFor,
} from '../test-support/relay-fixture';
import { scratchSet } from '../test-support/scratch';

describe('a reader that falls behind', () => {
  let relay: TestRelay;
  let board: CreatedBoard;
  const maxBuffered = 64 * 1024;

  beforeAll(async () => {
    relay = await startTestRelay({
      MAX_BUFFERED_BYTES: String(maxBuffered),
      MAX_MESSAGES_PER_SECOND: '100000',
    });
    board = await createBoard(relay);
  });

  afterAll(async () => {
    await relay.stop();
  });

  it('is dropped with 1013 once more than MAX_BUFFERED_BYTES wait for it, while readers that keep up stay', async () => {
    const observerUrl = `${relay.wsUrl}/sync/${board.id}/content?key=${keyOf(board.links.observer)}`;
    const slow = await rawSocket(observerUrl);
    await roundTrip(slow, record(slow));
    const slowClosed = closed(slow);
    const reader = await rawSocket(observerUrl);
    const readerFrames = record(reader);
    await roundTrip(reader, readerFrames);
    // The slow one stops reading: what the relay writes piles up in the kernel, then in its buffer.
    (slow as WebSocket & { pause(): void }).pause();

    const writer = connect(relay.wsUrl, board.id, 'content', keyOf(board.links.facilitator));
    await synced(writer);
    const title = 'x'.repeat(19_000);
    let written = 0;
    // Bounded: at most 2,000 writes of 19 KB (38 MB), in batches, until the relay has dropped the reader.
    while ((await rejected(relay, 'slow_consumer')) === 0 && written < 2000) {
      for (let index = 0; index < 20; index++) scratchSet(writer.doc, `w${written++}`, title);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await rejected(relay, 'slow_consumer')).toBe(1);

    // Reading again, it finds the backlog, then the close frame with the relay's reason.
    (slow as WebSocket & { resume(): void }).resume();
    const { code, reason } = await slowClosed;
    expect(code).toBe(CloseCode.tryAgainLater);
    expect(reason).toMatch(/^too slow: \d+ bytes waiting$/);
    // The reader that kept up got every update and is still open.
    await waitFor(() => readerFrames.length > written / 20, 10_000, 'the reader to receive the updates');
    expect(reader.readyState).toBe(reader.OPEN);
    reader.close();
    writer.destroy();
  }, 60_000);
});
